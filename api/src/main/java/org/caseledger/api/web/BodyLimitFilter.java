package org.caseledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Bounds every request body: one that announces more than the limit is answered 413 before it is read; one that
 * sends more than it announced (or announces nothing) stops at the limit with the same answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long sheetLimit;
    private final long attachmentLimit;

    public BodyLimitFilter(@Value("${caseledger.http.max-body-bytes:1048576}") long limit,
                           @Value("${caseledger.sheets.max-bytes:5242880}") long sheetLimit,
                           @Value("${caseledger.attachments.max-bytes:20971520}") long attachmentLimit) {
        this.limit = limit;
        this.sheetLimit = sheetLimit;
        this.attachmentLimit = attachmentLimit;
    }

    /** An upload's own limit (with room for a form's other fields), a JSON command's otherwise. */
    private long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.endsWith("/claimant-sheets") || path.endsWith("/claimant-sheet") || path.endsWith("/claimant-sheet/import")) {
            return sheetLimit + 65_536;
        }
        if (path.endsWith("/attachments")) {
            return attachmentLimit + 65_536;
        }
        return limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            org.caseledger.api.problems.Problems.writeTo(response, HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", null, new BodyTooLarge(limit).getMessage());
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    /** The request with its input stream cut at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
