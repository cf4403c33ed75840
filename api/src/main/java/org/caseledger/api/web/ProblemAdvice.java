package org.caseledger.api.web;

import org.caseledger.api.problems.ApiProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import static org.caseledger.api.problems.Problems.problem;
import java.util.stream.Collectors;

/**
 * Every refusal as {@code application/problem+json}: a stable {@code code}, the {@code field} at fault and a
 * reason. 400 malformed or invalid input, 404 unknown case, 409 a concurrent or stale write, 422 a rule of the
 * case refused the command (the code names the rule).
 */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    /** The response an exception becomes (used where a response must be remembered, e.g. idempotent writes). */
    public ResponseEntity<ProblemDetail> toResponse(Throwable t) {
        java.util.Optional<org.caseledger.api.store.TamperedHistory> tampered = org.caseledger.api.store.TamperedHistory.in(t);
        if (tampered.isPresent()) {
            return tampered(tampered.get());
        }
        if (t instanceof CaseRuleViolation v) {
            return rule(v);
        }
        if (t instanceof ApiProblem p) {
            return api(p);
        }
        if (t instanceof AggregateNotFoundException e) {
            return notFound(e);
        }
        if (t instanceof AggregateStreamCreationException e) {
            return exists(e);
        }
        if (t instanceof ConcurrencyException e) {
            return conflict(e);
        }
        if (t instanceof ConflictingModificationException e) {
            return stale(e);
        }
        if (t instanceof JsonProcessingException e) {
            return json(e);
        }
        if (t instanceof CommandRequests.InvalidCommand e) {
            return invalidCommand(e);
        }
        if (t instanceof IllegalArgumentException e) {
            return illegal(e);
        }
        if (t instanceof BodyTooLarge e) {
            return tooLarge(e);
        }
        if (t instanceof ArithmeticException e) {
            return overflow(e);
        }
        return unexpected(t instanceof Exception e ? e : new RuntimeException(t));
    }

    @ExceptionHandler(CaseRuleViolation.class)
    public ResponseEntity<ProblemDetail> rule(CaseRuleViolation v) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, v.code().name(), v.field(), v.getMessage());
    }

    @ExceptionHandler(ApiProblem.class)
    public ResponseEntity<ProblemDetail> api(ApiProblem p) {
        return problem(p.status(), p.code(), p.field(), p.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "CASE_NOT_FOUND", "caseId", "no case " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    public ResponseEntity<ProblemDetail> exists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "CASE_ALREADY_EXISTS", "caseId", "a case with this id exists already");
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> conflict(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", null,
                "the case changed since it was read (a stale If-Match / expectedVersion, or a concurrent write): reload and retry");
    }

    @ExceptionHandler(ConflictingModificationException.class)
    public ResponseEntity<ProblemDetail> stale(ConflictingModificationException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", "If-Match",
                "the case changed since the version you sent (If-Match / expectedVersion): reload and retry");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof BodyTooLarge tooLarge) {
            return tooLarge(tooLarge);
        }
        return invalid(e.getCause() instanceof JsonProcessingException j ? j : null, "the body is missing or is not JSON");
    }

    @ExceptionHandler(JsonProcessingException.class)
    public ResponseEntity<ProblemDetail> json(JsonProcessingException e) {
        return invalid(e, e.getOriginalMessage());
    }

    private ResponseEntity<ProblemDetail> invalid(JsonProcessingException e, String fallback) {
        String field = null;
        String reason = fallback;
        if (e instanceof JsonMappingException m) {
            field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Throwable root = m;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof CaseRuleViolation v) {
                return rule(v); // a command's own fields break a rule of the case: refused by the command as it is made
            }
            reason = root == m || !isPlain(root.getMessage()) ? inWords(m) : root.getMessage();
            if (root instanceof NullPointerException npe && npe.getMessage() != null && npe.getMessage().matches("[A-Za-z]+")) {
                // the records' requireNonNull messages are their field names
                field = field == null || field.isEmpty() ? npe.getMessage() : field + "." + npe.getMessage();
                reason = "required";
            }
        } else if (e != null) {
            reason = StrictJson.malformed(e);
        }
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", field == null || field.isEmpty() ? null : field, reason);
    }

    /** What was wrong with a JSON value, in words a client can act on (never a Java type's name). */
    static String inWords(JsonMappingException m) {
        if (m instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null) {
            Class<?> t = mi.getTargetType();
            String value = m instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getValue() != null
                    ? "'" + abbreviated(String.valueOf(f.getValue())) + "' is not " : "expected ";
            return value + kindOf(t);
        }
        String message = m.getOriginalMessage();
        return isPlain(message) ? message : "invalid value";
    }

    /** Whether a message is words for a person (no Java type, class or method names). */
    static boolean isPlain(String message) {
        return message != null && !message.isBlank() && !message.matches("(?s).*(java\\.|javax\\.|jakarta\\.|org\\.|com\\.|`|\\$|Exception|\\w+\\(\\)).*");
    }

    private static String kindOf(Class<?> t) {
        if (t == java.time.LocalDate.class) {
            return "a day (YYYY-MM-DD)";
        }
        if (t == java.time.Instant.class) {
            return "an instant (2026-11-01T02:00:00Z)";
        }
        if (t == long.class || t == Long.class || t == int.class || t == Integer.class
                || t == org.caseledger.core.kernel.Money.class) {
            return "a whole number" + (t == org.caseledger.core.kernel.Money.class ? " of fen" : "");
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a text";
        }
        if (t.isEnum()) {
            return "one of " + java.util.Arrays.stream(t.getEnumConstants()).map(Object::toString).toList();
        }
        if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "a list";
        }
        return "an object with its fields";
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemDetail> missingParameter(org.springframework.web.bind.MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", e.getParameterName(), "the query parameter " + e.getParameterName() + " is required");
    }

    @ExceptionHandler(CommandRequests.InvalidCommand.class)
    public ResponseEntity<ProblemDetail> invalidCommand(CommandRequests.InvalidCommand e) {
        return json((JsonProcessingException) e.getCause());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ProblemDetail> illegal(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, isPlain(e.getMessage()) ? e.getMessage() : "invalid input");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingRequestHeaderException.class})
    public ResponseEntity<ProblemDetail> badParameter(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", m.getName(), "'" + abbreviated(String.valueOf(m.getValue())) + "' is not "
                    + (m.getRequiredType() == null ? "valid here" : kindOf(m.getRequiredType())));
        }
        String header = ((MissingRequestHeaderException) e).getHeaderName();
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", header, "the header " + header + " is required");
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", null, "your role does not allow this");
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    public ResponseEntity<ProblemDetail> noSuchPath(org.springframework.web.servlet.resource.NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "no such path: /" + e.getResourcePath());
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> notJson(org.springframework.web.HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Content-Type",
                "send the body as JSON (Content-Type: application/json; charset=UTF-8)");
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> wrongMethod(org.springframework.web.HttpRequestMethodNotSupportedException e) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", null,
                e.getMethod() + " is not answered here" + (e.getSupportedMethods() == null ? "" : "; use " + String.join(" or ", e.getSupportedMethods())));
        return e.getSupportedHttpMethods() == null ? answer
                : ResponseEntity.status(answer.getStatusCode()).headers(h -> h.setAllow(e.getSupportedHttpMethods()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody());
    }

    /** A sum past what a long holds (only in data written before the amount limits): refused, never wrapped. */
    @ExceptionHandler(ArithmeticException.class)
    public ResponseEntity<ProblemDetail> overflow(ArithmeticException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "AMOUNT_TOO_LARGE", null, "a sum of amounts would be too large to keep exactly");
    }

    /** A worker list that cannot be read at all: too large or too long is 413, anything else 422; nothing was recorded. */
    @ExceptionHandler(org.caseledger.api.sheets.SheetRefused.class)
    public ResponseEntity<ProblemDetail> sheet(org.caseledger.api.sheets.SheetRefused e) {
        HttpStatus status = e.code().equals("SHEET_TOO_LARGE") || e.code().equals("SHEET_TOO_MANY_ROWS") ? HttpStatus.PAYLOAD_TOO_LARGE
                : e.code().equals("SHEET_FIELD_UNKNOWN") ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        return problem(status, e.code(), e.code().equals("SHEET_FIELD_UNKNOWN") ? "map" : "file", e.getMessage());
    }

    @ExceptionHandler(BodyTooLarge.class)
    public ResponseEntity<ProblemDetail> tooLarge(BodyTooLarge e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", null, e.getMessage());
    }

    /** An append refused because the stored chain was tampered with: the case is named, nothing was recorded. */
    public ResponseEntity<ProblemDetail> tampered(org.caseledger.api.store.TamperedHistory e) {
        log.error("append refused: {} (case {})", e.message(), e.caseId());
        return problem(HttpStatus.CONFLICT, "CASE_HISTORY_TAMPERED", null, e.message() + "; nothing was recorded");
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        java.util.Optional<org.caseledger.api.store.TamperedHistory> tampered = org.caseledger.api.store.TamperedHistory.in(e);
        if (tampered.isPresent()) {
            return tampered(tampered.get());
        }
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, "unexpected failure; nothing was recorded unless the answer said so");
    }
}
