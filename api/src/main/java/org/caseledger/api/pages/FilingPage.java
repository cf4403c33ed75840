package org.caseledger.api.pages;

import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.core.intake.Channel;
import org.caseledger.core.kernel.ObligorRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * 立案: the filing form (from a work order: prefilled with its channel, industry, worker and employer). The union body and region are the officer's; claimants are rows (name, ID-card number checked
 * with its check digit, phone, amount in yuan turned into fen exactly); the page sends the claim to the API.
 */
@Controller
public class FilingPage {

    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;
    private final Clock clock;

    private final org.caseledger.api.cases.WorkOrderHistory workOrders;

    public FilingPage(CurrentUser currentUser, UnionBodyRegistry bodies, Clock clock, org.caseledger.api.cases.WorkOrderHistory workOrders) {
        this.workOrders = workOrders;
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping("/cases/new")
    public String form(@org.springframework.web.bind.annotation.RequestParam(required = false) String workOrder, Model model) {
        CaseledgerUser user = currentUser.get();
        UnionBodyRegistry.Entry body = bodies.find(user.unionBody()).orElseThrow(() ->
                new ApiProblem(HttpStatus.FORBIDDEN, "NO_UNION_BODY", null, "claims are filed by an officer of a configured union body"));
        model.addAttribute("body", body);
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(Enum::name).toList());
        // an added judgment debtor arises in enforcement, never at filing
        model.addAttribute("roles", Arrays.stream(ObligorRole.values()).filter(r -> r != ObligorRole.ADDED_JUDGMENT_DEBTOR).map(Enum::name).toList());
        model.addAttribute("today", LocalDate.now(clock).toString());
        // 转为案件: prefilled from a work order the officer's body holds; the page records the conversion once filed
        var fromOrder = workOrder == null ? null : workOrders.read(workOrder)
                .filter(r -> user.unionBody() != null && user.unionBody().equals(r.state().holder)).orElse(null);
        model.addAttribute("fromOrder", fromOrder);
        model.addAttribute("orderChannel", fromOrder == null ? null
                : org.caseledger.core.workorder.WorkOrderChannel.valueOf(fromOrder.state().channel).caseChannel().name());
        return "file";
    }

}
