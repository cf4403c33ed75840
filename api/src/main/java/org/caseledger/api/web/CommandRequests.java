package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.store.IdempotencyStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.function.Function;

/**
 * What every command endpoint (cases and work orders) does with a request: strict JSON into a command, the version
 * from If-Match, and the Idempotency-Key: a retry answered as the first time, a key reused for another request refused,
 * a refusal remembered, a conflict or a failure released so a retry may run it again.
 */
@Component
public class CommandRequests {

    private final ObjectMapper strict;
    private final IdempotencyStore idempotency;
    private final ProblemAdvice problems;

    public CommandRequests(ObjectMapper mapper, IdempotencyStore idempotency, ProblemAdvice problems,
                           @org.springframework.beans.factory.annotation.Value("${caseledger.http.max-amount-fen:"
                                   + StrictJson.DEFAULT_MAX_AMOUNT_FEN + "}") long maxAmountFen) {
        // a misspelt field, a string for a number, trailing garbage, an absurd amount: errors, never silently taken
        this.strict = StrictJson.of(mapper, maxAmountFen);
        this.idempotency = idempotency;
        this.problems = problems;
    }

    public ObjectMapper strict() {
        return strict;
    }

    /** A command's body as text: {@code {}} when it has none (a command of ids and day only may be sent empty). */
    static String bodyOrEmptyObject(byte[] bytes) {
        String body = bytes == null ? "" : StrictJson.utf8(bytes);
        return body.isBlank() ? "{}" : body;
    }

    /** What the request's path says below {@code prefix} (the route of a command). */
    static String below(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI();
        return uri.length() > prefix.length() ? uri.substring(uri.indexOf(prefix) + prefix.length()) : "";
    }

    ResponseEntity<?> idempotent(CaseledgerUser user, String key, HttpServletRequest request, String body,
                                         IdempotencyStore.Recorded recorded, Function<String, ResponseEntity<?>> action) {
        if (key == null || key.isBlank()) {
            return action.apply(null);
        }
        IdempotencyStore.Claim claim = idempotency.claim(user.username(), key, request.getMethod(), request.getRequestURI(), body, recorded);
        if (claim instanceof IdempotencyStore.Replay replay) {
            IdempotencyStore.Answer a = replay.answer();
            ResponseEntity.BodyBuilder r = ResponseEntity.status(a.status()).header("Idempotent-Replay", "true");
            if (a.location() != null) {
                r.location(URI.create(a.location()));
            }
            if (a.etag() != null) {
                r.header(HttpHeaders.ETAG, a.etag());
            }
            return r.contentType(MediaType.parseMediaType(a.contentType())).body(a.body());
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            return org.caseledger.api.problems.Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key",
                    "this key was used for a different request");
        }
        if (claim instanceof IdempotencyStore.InFlight) {
            return org.caseledger.api.problems.Problems.problem(HttpStatus.CONFLICT, "REQUEST_IN_PROGRESS", "Idempotency-Key",
                    "a request with this key is still being processed");
        }
        ResponseEntity<?> response;
        try {
            response = action.apply(((IdempotencyStore.Claimed) claim).recordedKey());
        } catch (RuntimeException e) {
            ResponseEntity<ProblemDetail> problem = problems.toResponse(e);
            problem.getBody().setInstance(URI.create(request.getRequestURI()));
            if (problem.getStatusCode().value() == 409 || problem.getStatusCode().is5xxServerError()) {
                idempotency.release(user.username(), key); // nothing was recorded: a retry may run it again
                return problem;
            }
            response = problem;
        }
        try {
            MediaType type = response.getHeaders().getContentType() == null ? MediaType.APPLICATION_JSON : response.getHeaders().getContentType();
            idempotency.remember(user.username(), key, new IdempotencyStore.Answer(response.getStatusCode().value(), type.toString(),
                    strict.writeValueAsString(response.getBody()),
                    response.getHeaders().getLocation() == null ? null : response.getHeaders().getLocation().toString(),
                    response.getHeaders().getETag()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    ObjectNode parse(String body) {
        try {
            JsonNode node = strict.readTree(body);
            if (!(node instanceof ObjectNode object)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, "the body is a JSON object");
            }
            return object;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", null, StrictJson.malformed(e));
        }
    }

    <T> T toCommand(ObjectNode json, Class<T> type) {
        try {
            return strict.treeToValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidCommand(e);
        }
    }

    /** The answer a recorded command got, rebuilt (after a crash lost the remembered one). */
    IdempotencyStore.Answer answer(int status, String location, long version, Object body) {
        try {
            return new IdempotencyStore.Answer(status, MediaType.APPLICATION_JSON_VALUE, strict.writeValueAsString(body), location, etag(version));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version from If-Match ("3", W/"3") or the body's expectedVersion field (removed from the body). */
    static Long expectedVersion(String ifMatch, ObjectNode json) {
        JsonNode inBody = json.remove("expectedVersion");
        String text = ifMatch != null ? ifMatch.replace("W/", "").replace("\"", "").trim() : inBody == null ? null : inBody.asText();
        if (text == null || text.isEmpty() || text.equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", ifMatch != null ? "If-Match" : "expectedVersion",
                    "a version is a whole number, got " + text);
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A body that does not make a valid command (unchecked, so it travels through the idempotency wrapper). */
    static final class InvalidCommand extends RuntimeException {
        InvalidCommand(com.fasterxml.jackson.core.JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }
    }

    /** A day given as a request parameter (yyyy-MM-dd), today in the rules' zone when left out. */
    public static java.time.LocalDate dayOrToday(String text, java.time.Clock clock) {
        if (text == null || text.isBlank()) {
            return java.time.LocalDate.now(clock);
        }
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "occurredOn", "a day is yyyy-MM-dd");
        }
    }
}
