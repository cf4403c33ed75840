package org.caseledger.api.pages;

import org.caseledger.api.cases.WorkOrderHistory;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.api.web.CaseSteps;
import org.caseledger.api.web.CommandRoute;
import org.caseledger.api.web.WorkOrderRoutes;
import org.caseledger.core.workorder.ReceiveWorkOrder;
import org.caseledger.projections.workorders.WorkOrderInboxQuery;
import org.caseledger.projections.workorders.WorkOrderState;
import org.caseledger.projections.workorders.WorkOrderStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 工单 pages: a body's inbox (new, overdue in red, due today in yellow, by grade), taking an order in, and an order's
 * page with its steps and — for the body that must act — the forms of what it may do next, generated from the
 * commands like a case's. Orders are read as the API reads them: by the bodies they went to and those above.
 */
@Controller
public class WorkOrderPages {

    /** Fields no officer types: the path's id and the acting body (the officer's own). */
    private static final Set<String> FROM_SERVICE = Set.of("workOrderId", "byBody", "receivedBy");
    private static final Set<String> OPTIONAL = Set.of("note", "employer", "place", "industry");

    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;
    private final WorkOrderInboxQuery inbox;
    private final WorkOrderHistory history;
    private final CommandForms forms;
    private final org.caseledger.api.contacts.Contacts contacts;
    private final Clock clock;

    public WorkOrderPages(CurrentUser currentUser, UnionBodyRegistry bodies, WorkOrderInboxQuery inbox, WorkOrderHistory history,
                          CommandForms forms, Clock clock, org.caseledger.api.contacts.Contacts contacts) {
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.inbox = inbox;
        this.history = history;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/work-orders")
    public String inbox(@RequestParam(required = false) String body, @RequestParam(defaultValue = "false") boolean below,
                        @RequestParam(required = false) String grade, Model model) {
        CaseledgerUser user = currentUser.get();
        List<String> readable = bodies.all().stream().map(UnionBodyRegistry.Entry::name).filter(user::maySee).toList();
        String name = body != null && readable.contains(body) ? body : user.unionBody() != null ? user.unionBody()
                : readable.isEmpty() ? null : readable.get(0);
        if (name == null) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", "body", "no union body that you read");
        }
        String g = grade != null && grade.matches("ORDINARY|DIFFICULT|ESPECIALLY_COMPLEX") ? grade : null;
        Collection<String> of = below ? bodies.selfAndBelow(name).stream().filter(user::maySee).toList() : List.of(name);
        LocalDate today = LocalDate.now(clock);
        List<WorkOrderInboxQuery.Row> rows = inbox.inbox(of, g, null, today);
        model.addAttribute("rows", rows);
        model.addAttribute("readable", readable);
        model.addAttribute("body", name);
        model.addAttribute("below", below);
        model.addAttribute("grade", g);
        model.addAttribute("today", today);
        model.addAttribute("overdue", rows.stream().filter(r -> r.light().equals("RED")).count());
        model.addAttribute("dueToday", rows.stream().filter(r -> r.light().equals("YELLOW")).count());
        model.addAttribute("mayTakeIn", user.is("OFFICER") && user.unionBody() != null);
        return "workorders";
    }

    @GetMapping("/work-orders/new")
    public String takeIn(Model model) {
        CaseledgerUser user = currentUser.get();
        UnionBodyRegistry.Entry own = bodies.find(user.unionBody()).orElseThrow(() ->
                new ApiProblem(HttpStatus.FORBIDDEN, "NO_UNION_BODY", null, "work orders are taken in by an officer of a configured union body"));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("body", own);
        model.addAttribute("form", new CasePage.StepForm(new CaseSteps.Step("", ReceiveWorkOrder.class.getSimpleName(), "", Map.of()),
                forms.fields(ReceiveWorkOrder.class, FROM_SERVICE, OPTIONAL, today)));
        return "workorder-new";
    }

    @GetMapping("/work-orders/{workOrderId}")
    public String order(@PathVariable String workOrderId, Model model) {
        CaseledgerUser user = currentUser.get();
        WorkOrderHistory.Read read = history.read(workOrderId).filter(r -> r.state().bodies.stream().anyMatch(user::maySee))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "WORK_ORDER_NOT_FOUND", null, "no work order " + workOrderId));
        WorkOrderState s = read.state();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = s.dueOn();
        model.addAttribute("o", s);
        model.addAttribute("worker", read.worker());
        model.addAttribute("version", read.version());
        model.addAttribute("due", due);
        model.addAttribute("light", due == null ? "NONE" : due.isBefore(today) ? "RED" : due.isEqual(today) ? "YELLOW" : "GREEN");
        model.addAttribute("steps", steps(s, user, today));
        // what was said names the worker: the bodies acting on the order and the auditors read it
        model.addAttribute("contacts", s.bodies.stream().anyMatch(user::mayChange) || user.is("AUDITOR")
                ? contacts.ofWorkOrder(workOrderId) : List.of());
        model.addAttribute("mayConvert", user.is("OFFICER") && user.unionBody() != null && user.unionBody().equals(s.holder)
                && s.status != WorkOrderStatus.CLOSED && s.status != WorkOrderStatus.AWAITING_SIGNING && s.caseId == null);
        return "workorder";
    }

    /** What the officer's body may do next with the order, as forms: to sign; to handle; to call back and close; to reopen. */
    private List<CasePage.StepForm> steps(WorkOrderState s, CaseledgerUser user, LocalDate today) {
        String mine = user.is("OFFICER") ? user.unionBody() : null;
        List<String> routes = new ArrayList<>();
        if (mine == null) {
            return List.of();
        }
        if (s.status == WorkOrderStatus.AWAITING_SIGNING && mine.equals(s.awaitingSigning)) {
            routes.addAll(List.of("acceptance", "send-back"));
        }
        if ((s.status == WorkOrderStatus.IN_HAND || s.status == WorkOrderStatus.TRANSFERRED) && mine.equals(s.holder)) {
            routes.add("classification");
            if (s.status == WorkOrderStatus.TRANSFERRED) {
                routes.add("department-answer");
            }
            routes.add("reply");
            if (!below(mine).isEmpty()) {
                routes.add("dispatch");
            }
            routes.add("transfer");
            routes.add("conversion");
        }
        if (s.status == WorkOrderStatus.REPLIED && mine.equals(s.receivedBy)) {
            routes.addAll(s.satisfaction == null ? List.of("callback", "closure") : List.of("closure"));
        }
        if (s.status == WorkOrderStatus.CLOSED && mine.equals(s.receivedBy)) {
            routes.add("reopening");
        }
        if (mine.equals(s.holder) || mine.equals(s.receivedBy)) {
            routes.add("contacts"); // 联系记录: the holding body or the platform, at any time
        }
        List<CasePage.StepForm> steps = new ArrayList<>();
        for (String route : routes) {
            CommandRoute r = WorkOrderRoutes.ALL.stream().filter(x -> x.path().equals(route)).findFirst().orElseThrow();
            List<FormField> fields = new ArrayList<>(forms.fields(r.command(), FROM_SERVICE, OPTIONAL, today));
            if (route.equals("dispatch")) {
                fields.replaceAll(f -> f.name().equals("to") ? new FormField("to", "enum", true,
                        below(mine).stream().map(b -> new FormField.Option(b, null, b)).toList(), null) : f);
            }
            steps.add(new CasePage.StepForm(new CaseSteps.Step(route, r.command().getSimpleName(), r.summary(), Map.of()), fields));
        }
        return steps;
    }

    private List<String> below(String body) {
        return bodies.selfAndBelow(body).stream().filter(b -> !b.equals(body)).toList();
    }
}
