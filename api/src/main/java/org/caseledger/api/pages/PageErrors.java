package org.caseledger.api.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.caseledger.api.problems.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A page that cannot be shown answers a page in the reader's language, never JSON. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    @ExceptionHandler(ApiProblem.class)
    public ModelAndView problem(ApiProblem problem, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        ModelAndView page = new ModelAndView("error-page");
        page.addObject("code", problem.code());
        page.addObject("status", problem.status().value());
        return page;
    }
}
