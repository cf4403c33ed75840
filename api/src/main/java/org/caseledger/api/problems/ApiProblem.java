package org.caseledger.api.problems;

import org.springframework.http.HttpStatus;

/** A refusal decided by the API itself (not the case's rules): unknown route or case, bad header, wrong union… */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    public ApiProblem(HttpStatus status, String code, String field, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static ApiProblem notFound(String caseId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", "caseId", "no case " + caseId);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
