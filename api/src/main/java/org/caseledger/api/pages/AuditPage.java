package org.caseledger.api.pages;

import org.caseledger.api.security.CaseAccess;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.cases.ProjectedCases;
import org.caseledger.projections.audit.CaseAudit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * 审计: a case's history (who, when, from which request, what), a slider that shows the case as it stood after any
 * event (htmx asks for the state as of that event's recording), and whether the read model equals the replay.
 */
@Controller
public class AuditPage {

    private final CaseAccess access;
    private final CaseAudit audit;
    private final ProjectedCases projected;

    private final org.caseledger.api.contacts.Contacts contacts;
    private final org.caseledger.api.store.AttachmentStore attachments;

    /** 附件核验: an attachment's stored file against the SHA-256 its event recorded: MATCHES, ALTERED or ERASED. */
    public record AttachmentCheck(String attachmentId, String title, long seq, String sha256, String outcome) {
    }

    public AuditPage(CaseAccess access, CaseAudit audit, ProjectedCases projected, org.caseledger.api.contacts.Contacts contacts,
                     org.caseledger.api.store.AttachmentStore attachments) {
        this.contacts = contacts;
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.projected = projected;
    }

    @GetMapping("/cases/{caseId}/audit")
    public String audit(@PathVariable String caseId, Model model) {
        access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        projected.await(caseId);
        List<CaseAudit.HistoryEntry> history = audit.history(caseId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("history", history);
        model.addAttribute("verification", audit.verify(caseId));
        model.addAttribute("attachmentChecks", contacts.attachmentsOf(caseId).stream().map(a -> {
            String outcome;
            try {
                outcome = attachments.open(caseId, a.attachmentId(), a.claimantId())
                        .map(content -> org.caseledger.api.web.AttachmentController.sha256(content).equals(a.sha256()) ? "MATCHES" : "ALTERED")
                        .orElse("ERASED");
            } catch (org.caseledger.api.store.AttachmentStore.Unreadable e) {
                outcome = "ALTERED";
            }
            return new AttachmentCheck(a.attachmentId(), a.title(), a.seq(), a.sha256(), outcome);
        }).toList());
        model.addAttribute("last", history.size() - 1);
        model.addAttribute("state", audit.asOfRecorded(caseId, history.get(history.size() - 1).recordedAt()));
        model.addAttribute("at", history.get(history.size() - 1));
        return "audit";
    }

    /** The case as it stood right after the event numbered {@code seq} was recorded (an htmx fragment). */
    @GetMapping("/cases/{caseId}/audit/state")
    public String state(@PathVariable String caseId, @RequestParam int seq, Model model) {
        access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        List<CaseAudit.HistoryEntry> history = audit.history(caseId);
        CaseAudit.HistoryEntry at = history.get(Math.max(0, Math.min(history.size() - 1, seq)));
        model.addAttribute("state", audit.asOfRecorded(caseId, at.recordedAt()));
        model.addAttribute("at", at);
        return "audit :: state";
    }
}
