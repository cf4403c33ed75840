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
 * 立案: the filing form. The union body and region are the officer's; claimants are rows (name, ID-card number checked
 * with its check digit, phone, amount in yuan turned into fen exactly); the page sends the claim to the API.
 */
@Controller
public class FilingPage {

    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;
    private final Clock clock;

    public FilingPage(CurrentUser currentUser, UnionBodyRegistry bodies, Clock clock) {
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping("/cases/new")
    public String form(Model model) {
        CaseledgerUser user = currentUser.get();
        UnionBodyRegistry.Entry body = bodies.find(user.unionBody()).orElseThrow(() ->
                new ApiProblem(HttpStatus.FORBIDDEN, "NO_UNION_BODY", null, "claims are filed by an officer of a configured union body"));
        model.addAttribute("body", body);
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(Enum::name).toList());
        // an added judgment debtor arises in enforcement, never at filing
        model.addAttribute("roles", Arrays.stream(ObligorRole.values()).filter(r -> r != ObligorRole.ADDED_JUDGMENT_DEBTOR).map(Enum::name).toList());
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "file";
    }

}
