package org.caseledger.api.problems;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes of the answers the HTTP edge gives itself (the rules of a case answer with their {@code RuleCode}): the
 * stable {@code code} of a problem, its status and what it means. The OpenAPI document lists them with the rule codes;
 * a test keeps this list complete.
 */
public final class ProblemCodes {

    /** A code's status and meaning. */
    public record Meaning(int status, String meaning) {
    }

    public static final Map<String, Meaning> ALL = new LinkedHashMap<>();

    static {
        add("INVALID_INPUT", 400, "the body or a parameter is malformed or of the wrong type; field names it");
        add("INVALID_ID", 400, "an id in the path is not 1-64 letters, digits, '.', '_', ':' or '-'");
        add("INVALID_PATH", 400, "the container refused the path (encoded slashes, NUL, '..')");
        add("INVALID_ENCODING", 400, "the body is not valid UTF-8");
        add("UNAUTHENTICATED", 401, "sign in (HTTP Basic or a bearer token)");
        add("FORBIDDEN", 403, "your role may not do this");
        add("CSRF_TOKEN_MISSING", 403, "a page's request without its security token (X-CSRF-TOKEN): reload the page");
        add("NO_UNION_BODY", 403, "claims are filed by an officer of a configured union body");
        add("OTHER_UNION_BODY", 403, "an officer files claims for his own union body");
        add("READ_ONLY_CASE", 403, "a body above the case's own reads it; only the case's own officers advance it");
        add("NOT_FOUND", 404, "no such path");
        add("WORK_ORDER_NOT_FOUND", 404, "no such work order, or one your union body never had (its existence is not shown)");
        add("READ_ONLY_WORK_ORDER", 403, "a body above the bodies a work order was sent to reads it; only those bodies act on it");
        add("WORK_ORDER_ID_OUTSIDE_UNION_BODY", 422, "a work order's id begins with the body's code and -WO- (leave it out to have one assigned)");
        add("DISPATCH_OUTSIDE_UNION_BODY", 422, "a work order is dispatched to one of the officer's own bodies below");
        add("WORKER_NOT_AVAILABLE", 422, "the work order's worker was erased (or does not open): added to a case by hand");
        add("IMPORT_ROWS_INVALID", 422, "rows of an import are refused (errors: row, field, reason); nothing was imported");
        add("CASE_NOT_OF_UNION_BODY", 422, "a work order becomes a case of the officer's own union body");
        add("UNKNOWN_COMMAND", 404, "no command at this path");
        add("CASE_NOT_FOUND", 404, "no such case, or another union body's (its existence is not shown)");
        add("NOT_YET_PROJECTED", 404, "the case is recorded but its read models are not yet written; retry shortly");
        add("METHOD_NOT_ALLOWED", 405, "this path does not take this method");
        add("CASE_ALREADY_EXISTS", 409, "a case with this id exists already (in your own union body's range)");
        add("CONCURRENT_MODIFICATION", 409, "the case changed since the version in If-Match, or a concurrent write won; read and retry");
        add("REQUEST_IN_PROGRESS", 409, "a request with this Idempotency-Key is still running; retry after a moment");
        add("REBUILD_RUNNING", 409, "a rebuild of the read models is running already");
        add("NOT_ANCHORED", 404, "no anchor of that day holds the case (it did not change since the anchor before, or it is not yet anchored)");
        add("ANCHOR_NOT_FOUND", 404, "no anchor of that day and number");
        add("LETTER_NOT_FOUND", 404, "the case has no letter of that id");
        add("CLAIMANT_NOT_FOUND", 404, "the case has no claimant of that id");
        add("DOCUMENT_NOT_YET", 404, "the document rests on a step the case has not recorded yet (the decision, the assignment)");
        add("ANCHOR_LOG_BROKEN", 409, "the anchors' own log does not hold together (an anchor forged, altered or removed): nothing is anchored on it");
        add("CASE_HISTORY_TAMPERED", 409, "the case's stored history is not what the service stored (an event without its hash, or rewritten): nothing is appended to it; see its integrity");
        add("CHECK_RUNNING", 409, "a check of the whole store's hash chains is running already");
        add("BACKUP_NOT_AVAILABLE", 409, "only the embedded store on a file is backed up by the service");
        add("BODY_TOO_LARGE", 413, "the body is larger than caseledger.http.max-body-bytes");
        add("UNSUPPORTED_MEDIA_TYPE", 415, "send Content-Type: application/json");
        add("IDEMPOTENCY_KEY_REUSED", 422, "this Idempotency-Key was used for a different request");
        add("UNION_BODY_MISMATCH", 422, "the union body named in a filing differs from the configured one (level or region)");
        add("CASE_ID_OUTSIDE_UNION_BODY", 422, "a case id begins with the code of the officer's union body (or is left out)");
        add("NOT_AN_OFFICER", 403, "worker lists, attachments and contacts are handled by officers");
        add("SHEET_TOO_LARGE", 413, "a worker list is larger than caseledger.sheets.max-bytes (5 MiB)");
        add("SHEET_TOO_MANY_ROWS", 413, "a worker list has more rows than caseledger.sheets.max-rows (10,000)");
        add("SHEET_NOT_READABLE", 422, "the file is neither an .xlsx workbook nor a CSV text");
        add("SHEET_EMPTY", 422, "the worker list has no rows");
        add("SHEET_FIELD_UNKNOWN", 400, "a column was set to a field that does not exist (map.B=name …)");
        add("SHEET_ROWS_INVALID", 422, "cells of the worker list are refused (errors: row, column, header, field, code, reason); nothing was recorded");
        add("PERSON_NOT_FOUND", 404, "no person with this key in the cases and work orders you may read");
        add("EMPLOYER_NOT_FOUND", 404, "no employer with this key in the cases and work orders you may read");
        add("ATTACHMENT_NOT_FOUND", 404, "the case has no attachment of that id");
        add("ATTACHMENT_ERASED", 410, "the attachment was its worker's, whose personal data was erased: it no longer opens");
        add("ATTACHMENT_TAMPERED", 409, "the stored file is not the one whose SHA-256 the case recorded: it is not served");
        add("ATTACHMENT_TOO_LARGE", 413, "a document is larger than caseledger.attachments.max-bytes (20 MiB)");
        add("ATTACHMENT_TYPE_NOT_ACCEPTED", 415, "a document is a PDF, JPEG, PNG or OFD file, told by its content");
        add("INTERNAL_ERROR", 500, "an unexpected failure; nothing was recorded unless the answer said so");
    }

    private ProblemCodes() {
    }

    private static void add(String code, int status, String meaning) {
        ALL.put(code, new Meaning(status, meaning));
    }
}
