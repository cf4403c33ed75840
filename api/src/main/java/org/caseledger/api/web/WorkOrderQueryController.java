package org.caseledger.api.web;

import org.caseledger.api.cases.WorkOrderHistory;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.projections.workorders.HotlineDashboardQuery;
import org.caseledger.projections.workorders.HotlineFigures;
import org.caseledger.projections.workorders.WorkOrderInboxQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reading work orders: one order from its own events (with the worker's contact, to the bodies it has been with and
 * those above them), a body's inbox, and the hotline dashboard (counts only). A body reads its own orders and its
 * descendants'; another body's order is answered as not found.
 */
@RestController
public class WorkOrderQueryController {

    private final WorkOrderHistory history;
    private final WorkOrderInboxQuery inbox;
    private final HotlineDashboardQuery hotline;
    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;
    private final Clock clock;

    public WorkOrderQueryController(WorkOrderHistory history, WorkOrderInboxQuery inbox, HotlineDashboardQuery hotline,
                                    CurrentUser currentUser, UnionBodyRegistry bodies, Clock clock) {
        this.history = history;
        this.inbox = inbox;
        this.hotline = hotline;
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The order with its steps, the worker's contact and its version (ETag). */
    @GetMapping("/api/work-orders/{workOrderId}")
    public ResponseEntity<WorkOrderHistory.Read> one(@PathVariable String workOrderId) {
        CaseledgerUser user = currentUser.get();
        WorkOrderHistory.Read read = history.read(workOrderId)
                .filter(r -> r.state().bodies.stream().anyMatch(user::maySee))
                .orElseThrow(() -> WorkOrderCommandController.notFound(workOrderId));
        return ResponseEntity.ok().eTag(CommandRequests.etag(read.version())).body(read);
    }

    /** An inbox: the body's own (default: the officer's), with {@code below=true} every body below it too. */
    @GetMapping("/api/work-orders")
    public InboxAnswer inbox(@RequestParam(required = false) String body, @RequestParam(defaultValue = "false") boolean below,
                             @RequestParam(required = false) String grade, @RequestParam(required = false) String status) {
        CaseledgerUser user = currentUser.get();
        String name = readableBody(user, body);
        Collection<String> of = below ? bodies.selfAndBelow(name).stream().filter(user::maySee).toList() : List.of(name);
        if (grade != null && !grade.matches("ORDINARY|DIFFICULT|ESPECIALLY_COMPLEX")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "grade", "a grade is ORDINARY, DIFFICULT or ESPECIALLY_COMPLEX");
        }
        if (status != null && !status.matches("IN_HAND|AWAITING_SIGNING|TRANSFERRED|REPLIED")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "status", "a status is IN_HAND, AWAITING_SIGNING, TRANSFERRED or REPLIED");
        }
        LocalDate today = LocalDate.now(clock);
        return new InboxAnswer(name, below, today, inbox.inbox(of, grade, status, today));
    }

    /** An inbox as answered: whose, as of which day, the orders. */
    public record InboxAnswer(String body, boolean below, LocalDate today, List<WorkOrderInboxQuery.Row> orders) {
    }

    /** The hotline dashboard: a body and those below it (default all, for the dashboard role), months yyyy-MM inclusive. */
    @GetMapping(path = "/api/dashboard/hotline", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    public ResponseEntity<?> dashboard(@RequestParam(required = false) String body, @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to, @RequestParam(defaultValue = "json") String format) {
        HotlineFigures figures = figures(bodies, body, from, to);
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"hotline.csv\"").body(HotlineCsv.of(figures));
        }
        if (!"json".equals(format)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "format", "json or csv");
        }
        return ResponseEntity.ok(figures);
    }

    HotlineFigures figures(UnionBodyRegistry registry, String body, String from, String to) {
        for (String month : new String[]{from, to}) {
            if (month != null && !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", month.equals(from) ? "from" : "to", "a month is yyyy-MM");
            }
        }
        Set<String> of = null;
        if (body != null) {
            of = registry.find(body).map(e -> registry.selfAndBelow(e.name())).orElseThrow(() ->
                    new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "body", "no union body " + body + " is configured"));
        }
        return hotline.figures(of, from, to);
    }

    /** The body named (by name or code) if the user reads it, else his own. */
    private String readableBody(CaseledgerUser user, String body) {
        if (body == null || body.isBlank()) {
            if (user.unionBody() == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", "body", "name the union body whose inbox to read");
            }
            return user.unionBody();
        }
        return bodies.find(body.strip()).map(UnionBodyRegistry.Entry::name).filter(user::maySee)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", "body", "no union body " + body + " that you read"));
    }
}
