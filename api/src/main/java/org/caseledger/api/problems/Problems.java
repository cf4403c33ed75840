package org.caseledger.api.problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * A refusal as {@code application/problem+json}: a stable {@code code} (its type and title), the {@code field} at fault
 * and a reason in words. The one shape every refusal of the service has, whoever answers: a controller, a filter, the
 * security chain or the servlet container.
 */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String field, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://caseledger.org/problems/" + code.toLowerCase().replace('_', '-')));
        p.setTitle(code);
        p.setProperty("code", code);
        if (field != null) {
            p.setProperty("field", field);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** Spring's JSON for problems (its mix-in puts code and field beside the standard members). */
    private static final com.fasterxml.jackson.databind.ObjectMapper PROBLEM_JSON =
            org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json().build();

    /** Writes a problem straight to the response, for filters that answer before any controller runs. */
    public static void writeTo(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String code, String field,
                               String detail) throws java.io.IOException {
        ProblemDetail p = problem(status, code, field, detail).getBody();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(PROBLEM_JSON.writeValueAsString(p));
    }
}
