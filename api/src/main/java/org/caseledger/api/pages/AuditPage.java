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
 * 审计: a case's history (who, when, from which request, what; paged), a slider that moves by day through the days the
 * case's events are dated on and shows the case as it stood at the end of each (htmx asks for it) with that day's
 * events, numbered as on the case page (the first event is 1), and whether the read model equals the replay.
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

    private final org.caseledger.api.cases.CaseNumbering numbering;

    public AuditPage(org.caseledger.api.cases.CaseNumbering numbering, CaseAccess access, CaseAudit audit, ProjectedCases projected, org.caseledger.api.contacts.Contacts contacts,
                     org.caseledger.api.store.AttachmentStore attachments) {
        this.numbering = numbering;
        this.contacts = contacts;
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.projected = projected;
    }

    /** Events a page of the history. */
    static final int PAGE = 50;

    /** A day of the case: the day, and the events dated on it. */
    public record Day(java.time.LocalDate on, List<CaseAudit.HistoryEntry> events) {
    }

    @GetMapping("/cases/{caseId}/audit")
    public String audit(@PathVariable String caseId, @RequestParam(defaultValue = "1") int page, Model model) {
        access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        var t = projected.await(caseId).timeline();
        List<CaseAudit.HistoryEntry> history = audit.history(caseId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseNumber", numbering.label(caseId, t.unionBody, t.filedOn));
        int pages = Math.max(1, (history.size() + PAGE - 1) / PAGE);
        int shown = Math.max(1, Math.min(pages, page));
        model.addAttribute("history", history.subList((shown - 1) * PAGE, Math.min(history.size(), shown * PAGE)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("events", history.size());
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
        List<Day> days = days(history);
        model.addAttribute("days", days);
        model.addAttribute("last", days.size() - 1);
        Day day = days.get(days.size() - 1);
        model.addAttribute("day", day);
        model.addAttribute("state", audit.asOfDay(caseId, day.on()));
        return "audit";
    }

    /** The case as it stood at the end of a day (the index of one of its days, as the slider moves; an htmx fragment). */
    @GetMapping("/cases/{caseId}/audit/state")
    public String state(@PathVariable String caseId, @RequestParam int day, Model model) {
        access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        List<Day> days = days(audit.history(caseId));
        Day at = days.get(Math.max(0, Math.min(days.size() - 1, day)));
        model.addAttribute("state", audit.asOfDay(caseId, at.on()));
        model.addAttribute("day", at);
        return "audit :: state";
    }

    /** The days the case's events are dated on, in order, each with its events. */
    static List<Day> days(List<CaseAudit.HistoryEntry> history) {
        java.util.TreeMap<java.time.LocalDate, List<CaseAudit.HistoryEntry>> byDay = new java.util.TreeMap<>();
        history.forEach(h -> byDay.computeIfAbsent(h.occurredOn(), d -> new java.util.ArrayList<>()).add(h));
        return byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
