package org.caseledger.api.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caseledger.api.cases.CasePeople;
import org.caseledger.api.cases.CommandService;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.sheets.ClaimantColumns;
import org.caseledger.api.sheets.ClaimantSheet;
import org.caseledger.api.sheets.ClaimantSheetReader;
import org.caseledger.api.sheets.SheetRefused;
import org.caseledger.api.sheets.SheetUpload;
import org.caseledger.api.web.CommandRequests;
import org.caseledger.api.web.CorrelationIdFilter;
import org.caseledger.core.intake.AddClaimants;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 导入花名册 on the pages: the officer chooses a worker list on the filing page or a case's page; the preview shows how
 * each column is read (he may set any column otherwise, and the list is read again), the totals, and every refused cell
 * by row and column. On the filing page a good list becomes the filing's claimants; on a case's page it is added at once.
 */
@Controller
public class ClaimantSheetPage {

    private final ClaimantSheetReader reader;
    private final CurrentUser currentUser;
    private final CaseOwnership ownership;
    private final CasePeople people;
    private final CommandService commands;
    private final CommandRequests requests;
    private final Clock clock;

    public ClaimantSheetPage(ClaimantSheetReader reader, CurrentUser currentUser, CaseOwnership ownership, CasePeople people,
                             CommandService commands, CommandRequests requests, Clock clock) {
        this.reader = reader;
        this.currentUser = currentUser;
        this.ownership = ownership;
        this.people = people;
        this.commands = commands;
        this.requests = requests;
        this.clock = clock;
    }

    /** The preview of a list for a new case's filing. */
    @PostMapping("/pages/claimant-sheet")
    public String preview(HttpServletRequest request, Model model) {
        officer();
        return read(request, model, null, false);
    }

    /** The preview of a list to add to a case, or ({@code confirm}) its workers added to it, the case's page opened. */
    @PostMapping("/cases/{caseId}/claimant-sheet")
    public String addToCase(@PathVariable String caseId, @RequestParam(required = false) String confirm, HttpServletRequest request,
                            HttpServletResponse response, Model model) {
        CaseledgerUser user = officer();
        String owner = ownership.unionBodyOf(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        if (!user.mayChange(owner)) {
            throw ApiProblem.notFound(caseId);
        }
        String view = read(request, model, caseId, confirm != null);
        ClaimantSheet sheet = (ClaimantSheet) model.getAttribute("sheet");
        if (confirm != null && sheet != null && sheet.ok()) {
            try {
                commands.send(new AddClaimants(CaseId.of(caseId), sheet.claimants(), LocalDate.now(clock)), caseId, user, null,
                        CorrelationIdFilter.of(request));
            } catch (CaseRuleViolation e) {
                model.addAttribute("refusal", e.code().name());
                return view;
            }
            response.setHeader("HX-Redirect", "/cases/" + caseId);
        }
        return view;
    }

    private CaseledgerUser officer() {
        CaseledgerUser user = currentUser.get();
        if (!user.is("OFFICER")) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "NOT_AN_OFFICER", null, "worker lists are read by officers");
        }
        return user;
    }

    private String read(HttpServletRequest request, Model model, String caseId, boolean confirming) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("fields", ClaimantColumns.fields());
        try {
            SheetUpload upload = SheetUpload.of(request, reader.maxBytes());
            List<ClaimantSheetReader.Known> known = caseId == null ? List.of() : people.of(caseId).entrySet().stream()
                    .map(e -> new ClaimantSheetReader.Known(e.getKey(), e.getValue().name(), e.getValue().idCardNumber())).toList();
            ClaimantSheet sheet = reader.read(upload.bytes(), upload.chosen(), known);
            model.addAttribute("sheet", sheet);
            model.addAttribute("claimantsJson", sheet.ok() && caseId == null ? requests.strict().writeValueAsString(sheet.claimants()) : null);
        } catch (SheetRefused e) {
            model.addAttribute("refusal", e.code());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return "sheet :: preview";
    }
}
