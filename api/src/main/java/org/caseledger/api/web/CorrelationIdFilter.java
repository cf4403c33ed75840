package org.caseledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request's correlation id: the client's {@code X-Correlation-Id} (letters, digits and {@code . _ : -}, at most
 * 100), or one made up here. It is echoed in the answer, put on every log line of the request ({@code correlationId}
 * in the logging context) and stored with every event the request's command appends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The correlation id of the request being handled. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given != null && !VALID.matcher(given).matches()) {
            org.caseledger.api.problems.Problems.writeTo(response, HttpStatus.BAD_REQUEST, "INVALID_INPUT", HEADER, "a correlation id is 1 to 100 letters, digits or . _ : -");
            return;
        }
        String id = given != null ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put("correlationId", id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("correlationId");
        }
    }
}
