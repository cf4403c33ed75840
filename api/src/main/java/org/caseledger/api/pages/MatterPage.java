package org.caseledger.api.pages;

import org.caseledger.api.cases.WorkOrderHistory;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.api.web.CaseSteps;
import org.caseledger.core.supervision.OpenSupervisionMatter;
import org.caseledger.projections.workorders.WorkOrderState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 劳动法律监督立项: the form of a supervision matter (no wage claim), generated from its command; from a work order held
 * by the officer's body, prefilled with the order's demand and employer, and the order records the conversion. Once
 * opened, the matter is a case: its page, letters and next steps are the case's.
 */
@Controller
public class MatterPage {

    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;
    private final WorkOrderHistory workOrders;
    private final CommandForms forms;
    private final Clock clock;

    public MatterPage(CurrentUser currentUser, UnionBodyRegistry bodies, WorkOrderHistory workOrders, CommandForms forms, Clock clock) {
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.workOrders = workOrders;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/matters/new")
    public String form(@RequestParam(required = false) String workOrder, Model model) {
        CaseledgerUser user = currentUser.get();
        UnionBodyRegistry.Entry own = bodies.find(user.unionBody()).orElseThrow(() ->
                new ApiProblem(HttpStatus.FORBIDDEN, "NO_UNION_BODY", null, "matters are opened by an officer of a configured union body"));
        WorkOrderState order = workOrder == null ? null : workOrders.read(workOrder).map(WorkOrderHistory.Read::state)
                .filter(s -> own.name().equals(s.holder)).orElse(null);
        List<FormField> fields = new ArrayList<>(forms.fields(OpenSupervisionMatter.class, Set.of("caseId", "unionBody"),
                Set.of("workOrderNo"), LocalDate.now(clock)));
        if (order != null) {
            fields.replaceAll(f -> switch (f.name()) {
                case "facts" -> new FormField(f.name(), f.kind(), f.required(), f.options(), order.demand, f.columns());
                case "workOrderNo" -> new FormField(f.name(), f.kind(), f.required(), f.options(), order.workOrderId, f.columns());
                case "employers" -> new FormField(f.name(), f.kind(), f.required(), f.options(), f.value(), f.columns().stream()
                        .map(c -> switch (c.name()) {
                            case "obligorId" -> new FormField(c.name(), c.kind(), c.required(), c.options(), "E1", c.columns());
                            case "name" -> new FormField(c.name(), c.kind(), c.required(), c.options(), order.employerName, c.columns());
                            case "creditCode" -> new FormField(c.name(), c.kind(), c.required(), c.options(), order.employerCreditCode, c.columns());
                            default -> c;
                        }).toList());
                default -> f;
            });
        }
        model.addAttribute("body", own);
        model.addAttribute("fromOrder", order == null ? null : order.workOrderId);
        model.addAttribute("form", new CasePage.StepForm(new CaseSteps.Step("", OpenSupervisionMatter.class.getSimpleName(), "", Map.of()), fields));
        return "matter-new";
    }
}
