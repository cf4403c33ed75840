package org.caseledger.api.web;

/** A request body over the limit ({@code caseledger.http.max-body-bytes}): answered 413, nothing recorded. */
public final class BodyTooLarge extends RuntimeException {

    public BodyTooLarge(long limit) {
        super("the body is larger than " + limit + " bytes", null, false, false);
    }
}
