package org.caseledger.api.web;

import org.caseledger.api.cases.CommandService;
import org.caseledger.api.problems.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.store.IdempotencyStore;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.core.intake.FileWageClaim;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Every command over HTTP: {@code POST /api/cases} files a claim; {@code POST /api/cases/{caseId}/<route>} sends
 * any other command (see {@link CommandRoutes}). The JSON body is the command's fields (money as integer fen in
 * fields named as in the records, dates ISO-8601); the case id and any id in the path are filled in from the URL.
 * Optional headers: {@code If-Match} (or a body field {@code expectedVersion}) for optimistic concurrency,
 * {@code Idempotency-Key} for safe retries, {@code X-Correlation-Id}.
 */
@RestController
public class CaseCommandController {

    private final CommandRequests requests;
    private final ObjectMapper strict;
    private final CommandService commands;
    private final CurrentUser currentUser;
    private final CaseOwnership ownership;
    private final UnionBodyRegistry bodies;
    private final org.caseledger.api.i18n.WarningTexts warningTexts;

    public CaseCommandController(CommandRequests requests, CommandService commands, CurrentUser currentUser, CaseOwnership ownership,
                                 UnionBodyRegistry bodies, org.caseledger.api.i18n.WarningTexts warningTexts) {
        this.warningTexts = warningTexts;
        this.requests = requests;
        this.strict = requests.strict();
        this.commands = commands;
        this.currentUser = currentUser;
        this.ownership = ownership;
        this.bodies = bodies;
    }

    @PostMapping(path = "/api/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> fileClaim(@RequestBody byte[] bytes, HttpServletRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return open(bytes, request, key, FileWageClaim.class, "");
    }

    /** 立项: a supervision matter without a wage claim; its id begins with the body's code and {@code SM-}, it is then a case like any. */
    @PostMapping(path = "/api/supervision-matters", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> openMatter(@RequestBody byte[] bytes, HttpServletRequest request,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return open(bytes, request, key, org.caseledger.core.supervision.OpenSupervisionMatter.class, "SM-");
    }

    /** Creates a case (a claim, or a matter) in the officer's own body and in its range of ids. */
    private ResponseEntity<?> open(byte[] bytes, HttpServletRequest request, String key, Class<?> type, String infix) {
        CaseledgerUser user = currentUser.get();
        UnionBodyRegistry.Entry own = bodies.find(user.unionBody()).filter(b -> user.is("OFFICER")).orElseThrow(() ->
                new ApiProblem(HttpStatus.FORBIDDEN, "NO_UNION_BODY", null, "claims are filed by an officer of a configured union body"));
        String body = StrictJson.utf8(bytes);
        // a case id the client did not choose: the same for a retry under the same key, so a retry finds its case
        String assignedId = own.code() + "-" + infix + (key == null || key.isBlank() ? UUID.randomUUID().toString().substring(0, 13)
                : IdempotencyStore.hash(user.username() + "|" + key).substring(0, 13));
        return requests.idempotent(user, key, request, body, recordedKey -> {
            String filedId = idOf(body, assignedId); // only when a crash left the key unanswered
            return commands.versionRecordedUnder(filedId, recordedKey)
                    .map(v -> requests.answer(201, "/api/cases/" + filedId, v, new CaseFiled(filedId, v)));
        }, recordedKey -> {
            ObjectNode json = requests.parse(body);
            if (!json.hasNonNull("caseId")) {
                json.put("caseId", assignedId);
            }
            checkUnionBody(json.get("unionBody"), own);
            json.set("unionBody", strict.valueToTree(bodies.unionBody(own))); // the account's body, never the request's
            Object command = requests.toCommand(json, type);
            String caseId = json.get("caseId").asText();
            if (!caseId.startsWith(own.code() + "-")) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "CASE_ID_OUTSIDE_UNION_BODY", "caseId",
                        "the cases of " + own.name() + " have ids beginning " + own.code() + "- (leave caseId out to have one assigned)");
            }
            long version = commands.send(command, caseId, user, null, CorrelationIdFilter.of(request), recordedKey);
            return ResponseEntity.created(URI.create("/api/cases/" + caseId)).eTag(CommandRequests.etag(version))
                    .body(new CaseFiled(caseId, version));
        });
    }

    /** A union body named in a filing must be the officer's own, as configured; it may be left out. */
    private static void checkUnionBody(JsonNode claimed, UnionBodyRegistry.Entry own) {
        if (claimed == null || claimed.isNull()) {
            return;
        }
        var fields = new java.util.ArrayList<String>();
        claimed.fieldNames().forEachRemaining(fields::add);
        if (!claimed.isObject() || !java.util.Set.of("name", "level", "region").containsAll(fields)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "unionBody",
                    "a union body is {name, level, region}, and may be left out: it is the officer's own");
        }
        if (!own.name().equals(claimed.path("name").asText())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "OTHER_UNION_BODY", "unionBody.name",
                    "an officer files claims for his own union body (" + own.name() + ")");
        }
        if (claimed.has("level") && !own.level().name().equals(claimed.get("level").asText())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "UNION_BODY_MISMATCH", "unionBody.level",
                    own.name() + " is configured at level " + own.level());
        }
        if (claimed.has("region") && !own.region().equals(claimed.get("region").asText())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "UNION_BODY_MISMATCH", "unionBody.region",
                    own.name() + " is configured with region " + own.region());
        }
    }

    @PostMapping(path = "/api/cases/{caseId}/**", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> command(@PathVariable String caseId, @RequestBody(required = false) byte[] bytes, HttpServletRequest request,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        CaseledgerUser user = currentUser.get();
        String raw = CommandRequests.bodyOrEmptyObject(bytes);
        var route = CommandRoutes.resolve(CommandRequests.below(request, "/api/cases/" + caseId + "/")).orElseThrow(() ->
                new ApiProblem(HttpStatus.NOT_FOUND, "UNKNOWN_COMMAND", null, "no command at " + request.getRequestURI()));
        String commandName = route.getKey().command().getSimpleName();
        return requests.idempotent(user, key, request, raw, recordedKey -> commands.versionRecordedUnder(caseId, recordedKey)
                .map(v -> requests.answer(200, null, v, new CommandAccepted(caseId, v, commandName,
                        notes(commands.warningsRecordedUnder(caseId, recordedKey))))), recordedKey -> {
            String owner = ownership.unionBodyOf(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
            if (!user.mayChange(owner)) {
                if (user.maySee(owner)) {
                    throw new ApiProblem(HttpStatus.FORBIDDEN, "READ_ONLY_CASE", null,
                            "the case belongs to " + owner + ": its own officers advance it, a body above it reads it");
                }
                throw ApiProblem.notFound(caseId); // another union body's case: not even its existence is shown
            }
            ObjectNode json = requests.parse(raw);
            Long expected = CommandRequests.expectedVersion(ifMatch, json);
            json.put("caseId", caseId);
            route.getValue().forEach(json::put);
            Object command = requests.toCommand(json, route.getKey().command());
            CommandService.Outcome outcome = commands.sendForOutcome(command, caseId, user, expected, CorrelationIdFilter.of(request), recordedKey);
            return ResponseEntity.ok().eTag(CommandRequests.etag(outcome.version()))
                    .body(new CommandAccepted(caseId, outcome.version(), commandName, notes(outcome.warnings())));
        });
    }

    /** The warnings in the reader's language (the request's Accept-Language, or the page's choice). */
    private java.util.List<CommandAccepted.WarningNote> notes(java.util.List<org.caseledger.core.kernel.CaseWarning> warnings) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return warnings.stream().distinct().map(w -> new CommandAccepted.WarningNote(w.name(), warningTexts.text(w, locale))).toList();
    }

    /** The case id a filing names, or the one assigned to it (an unreadable body fails later, with its own answer). */
    private String idOf(String body, String assigned) {
        try {
            JsonNode id = strict.readTree(body).get("caseId");
            return id != null && id.isTextual() ? id.asText() : assigned;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return assigned;
        }
    }

}
