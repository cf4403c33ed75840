package org.caseledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caseledger.core.kernel.Identifiers;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Ids in API paths are checked before anything else (security, routing, the store): every segment of a path under
 * {@code /api/} — route names and ids alike — follows the identifier rule (1–64 letters, digits, '.', '_', ':' or
 * '-'), so a 300-character id, a space or a Chinese character in a case id is a 400 that names the segment, never a
 * lookup in the store.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PathIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.startsWith("/api/")) {
            String[] segments = uri.substring(1).split("/");
            for (int i = 1; i < segments.length; i++) {
                String segment;
                try {
                    segment = UriUtils.decode(segments[i], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    segment = null;
                }
                if (!segments[i].isEmpty() && !Identifiers.isValid(segment)) {
                    org.caseledger.api.problems.Problems.writeTo(response, HttpStatus.BAD_REQUEST, "INVALID_ID", "path",
                            "path segment " + (i + 1) + " is not an id: ids are 1 to 64 letters, digits, '.', '_', ':' or '-'");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
