package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.cases.CommandService;
import org.caseledger.api.cases.WorkOrderHistory;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.api.store.IdempotencyStore;
import org.caseledger.core.workorder.ConvertWorkOrderToCase;
import org.caseledger.core.workorder.DispatchWorkOrder;
import org.caseledger.core.workorder.ReceiveWorkOrder;
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
 * Work orders over HTTP, like the cases: {@code POST /api/work-orders} takes one in for the officer's own body;
 * {@code POST /api/work-orders/{id}/<route>} sends any other command ({@link WorkOrderRoutes}). The acting body
 * ({@code byBody}) is always the officer's own, never the request's; a dispatch names a body by name or code, and it
 * must be one of the officer's own bodies below; a conversion names a case of the officer's own body. If-Match and
 * Idempotency-Key as for cases.
 */
@RestController
public class WorkOrderCommandController {

    private final CommandRequests requests;
    private final CommandService commands;
    private final CurrentUser currentUser;
    private final WorkOrderHistory orders;
    private final CaseOwnership cases;
    private final UnionBodyRegistry bodies;

    private final long maxAmountFen;

    public WorkOrderCommandController(CommandRequests requests, CommandService commands, CurrentUser currentUser, WorkOrderHistory orders,
                                      CaseOwnership cases, UnionBodyRegistry bodies,
                                      @org.springframework.beans.factory.annotation.Value("${caseledger.http.max-amount-fen:"
                                              + StrictJson.DEFAULT_MAX_AMOUNT_FEN + "}") long maxAmountFen) {
        this.maxAmountFen = maxAmountFen;
        this.requests = requests;
        this.commands = commands;
        this.currentUser = currentUser;
        this.orders = orders;
        this.cases = cases;
        this.bodies = bodies;
    }

    @PostMapping(path = "/api/work-orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> receive(@RequestBody byte[] bytes, HttpServletRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        CaseledgerUser user = currentUser.get();
        UnionBodyRegistry.Entry own = bodies.find(user.unionBody()).filter(b -> user.is("OFFICER")).orElseThrow(() ->
                new ApiProblem(HttpStatus.FORBIDDEN, "NO_UNION_BODY", null, "work orders are taken in by an officer of a configured union body"));
        String body = StrictJson.utf8(bytes);
        String prefix = own.code() + "-WO-";
        String assignedId = prefix + (key == null || key.isBlank() ? UUID.randomUUID().toString().substring(0, 13)
                : IdempotencyStore.hash(user.username() + "|" + key).substring(0, 13));
        return requests.idempotent(user, key, request, body, recordedKey -> commands.versionRecordedUnder(assignedId, recordedKey)
                .map(v -> requests.answer(201, "/api/work-orders/" + assignedId, v, new WorkOrderTaken(assignedId, v))), recordedKey -> {
            ObjectNode json = requests.parse(body);
            if (!json.hasNonNull("workOrderId")) {
                json.put("workOrderId", assignedId);
            }
            if (json.has("receivedBy")) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "receivedBy", "the body taking the order in is the officer's own: leave it out");
            }
            json.set("receivedBy", requests.strict().valueToTree(bodies.unionBody(own)));
            ReceiveWorkOrder command = requests.toCommand(json, ReceiveWorkOrder.class);
            String id = command.workOrderId().value();
            if (!id.startsWith(prefix)) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "WORK_ORDER_ID_OUTSIDE_UNION_BODY", "workOrderId",
                        "the work orders of " + own.name() + " have ids beginning " + prefix + " (leave workOrderId out to have one assigned)");
            }
            long version = commands.send(command, id, user, null, CorrelationIdFilter.of(request), recordedKey);
            return ResponseEntity.created(URI.create("/api/work-orders/" + id)).eTag(CommandRequests.etag(version))
                    .body(new WorkOrderTaken(id, version));
        });
    }

    @PostMapping(path = "/api/work-orders/{workOrderId}/**", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> command(@PathVariable String workOrderId, @RequestBody(required = false) byte[] bytes, HttpServletRequest request,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        CaseledgerUser user = currentUser.get();
        String raw = CommandRequests.bodyOrEmptyObject(bytes);
        CommandRoute route = WorkOrderRoutes.resolve(CommandRequests.below(request, "/api/work-orders/" + workOrderId + "/")).orElseThrow(() ->
                new ApiProblem(HttpStatus.NOT_FOUND, "UNKNOWN_COMMAND", null, "no command at " + request.getRequestURI()));
        String commandName = route.command().getSimpleName();
        return requests.idempotent(user, key, request, raw, recordedKey -> commands.versionRecordedUnder(workOrderId, recordedKey)
                .map(v -> requests.answer(200, null, v, new CommandAccepted(workOrderId, v, commandName))), recordedKey -> {
            WorkOrderHistory.Path path = orders.path(workOrderId).orElseThrow(() -> notFound(workOrderId));
            if (!user.is("OFFICER") || user.unionBody() == null || !path.bodies().contains(user.unionBody())) {
                if (path.bodies().stream().anyMatch(user::maySee)) {
                    throw new ApiProblem(HttpStatus.FORBIDDEN, "READ_ONLY_WORK_ORDER", null,
                            "the work order is with " + path.holder() + ": the bodies it was sent to act on it, a body above them reads it");
                }
                throw notFound(workOrderId); // another body's order: not even its existence is shown
            }
            ObjectNode json = requests.parse(raw);
            Long expected = CommandRequests.expectedVersion(ifMatch, json);
            json.put("workOrderId", workOrderId);
            if (WorkOrderRoutes.actsAsBody(route.command())) {
                if (json.has("byBody")) {
                    throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "byBody", "the acting body is the officer's own: leave it out");
                }
                json.put("byBody", user.unionBody());
            }
            if (route.command() == DispatchWorkOrder.class) {
                json.set("to", requests.strict().valueToTree(bodies.unionBody(bodyBelow(user, json.get("to")))));
            }
            JsonNode claimant = route.command() == ConvertWorkOrderToCase.class ? json.remove("claimant") : null;
            Object command = requests.toCommand(json, route.command());
            if (command instanceof ConvertWorkOrderToCase c) {
                if (!cases.unionBodyOf(c.caseId().value()).map(user.unionBody()::equals).orElse(false)) {
                    throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "CASE_NOT_OF_UNION_BODY", "caseId",
                            "a work order becomes a case of your own union body: file it first (or name one of your cases)");
                }
                if (claimant != null && !claimant.isNull()) {
                    // several orders about one employer feed one case: this order's worker joins it as a claimant
                    commands.send(addWorker(workOrderId, c, claimant), c.caseId().value(), user, null, CorrelationIdFilter.of(request), null);
                }
            }
            long version = commands.send(command, workOrderId, user, expected, CorrelationIdFilter.of(request), recordedKey);
            return ResponseEntity.ok().eTag(CommandRequests.etag(version)).body(new CommandAccepted(workOrderId, version, commandName));
        });
    }

    /**
     * The order's worker as a new claimant of the case it feeds ({@code "claimant": {"claimantId": "W6", "claimed": fen}}),
     * with the contact the store holds for the order; an erased worker cannot be added.
     */
    private org.caseledger.core.intake.AddClaimant addWorker(String workOrderId, ConvertWorkOrderToCase c, JsonNode claimant) {
        java.util.Set<String> fields = new java.util.HashSet<>();
        claimant.fieldNames().forEachRemaining(fields::add);
        if (!claimant.isObject() || !java.util.Set.of("claimantId", "claimed").equals(fields) || !claimant.get("claimantId").isTextual()
                || !claimant.get("claimed").canConvertToLong() || !claimant.get("claimed").isIntegralNumber()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "claimant",
                    "the worker joins the case as {\"claimantId\": \"W6\", \"claimed\": <whole fen>}");
        }
        if (claimant.get("claimed").asLong() > maxAmountFen) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "claimant.claimed", "at most " + maxAmountFen + " fen");
        }
        org.caseledger.core.intake.PersonalData worker = orders.read(workOrderId).map(WorkOrderHistory.Read::worker).orElseThrow(() -> notFound(workOrderId));
        if (org.caseledger.api.store.PersonalDataSealing.ERASED.equals(worker.name())
                || org.caseledger.api.store.PersonalDataSealing.UNREADABLE.equals(worker.name())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "WORKER_NOT_AVAILABLE", "claimant",
                    "the worker's personal data was erased or does not open: add the claimant to the case by hand");
        }
        try {
            return new org.caseledger.core.intake.AddClaimant(c.caseId(), new org.caseledger.core.intake.NewClaimant(
                    org.caseledger.core.kernel.ClaimantId.of(claimant.get("claimantId").asText()), worker,
                    org.caseledger.core.kernel.Money.ofFen(claimant.get("claimed").asLong()), null), c.occurredOn());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "claimant", e.getMessage());
        }
    }

    /** The body a dispatch names (name or code): configured, and one of the officer's own bodies below his. */
    private UnionBodyRegistry.Entry bodyBelow(CaseledgerUser user, JsonNode to) {
        if (to == null || !to.isTextual() || to.asText().isBlank() || to.asText().length() > 64) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "to", "name the body to dispatch to, by its name or code");
        }
        UnionBodyRegistry.Entry entry = bodies.find(to.asText().strip()).orElseThrow(() ->
                new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "DISPATCH_OUTSIDE_UNION_BODY", "to", "no union body " + to.asText() + " is configured"));
        if (entry.name().equals(user.unionBody()) || !bodies.selfAndBelow(user.unionBody()).contains(entry.name())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "DISPATCH_OUTSIDE_UNION_BODY", "to",
                    entry.name() + " is not a body below " + user.unionBody() + ": orders go down to one's own bodies");
        }
        return entry;
    }

    static ApiProblem notFound(String workOrderId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "WORK_ORDER_NOT_FOUND", null, "no work order " + workOrderId);
    }
}
