package org.caseledger.api.pages;

import org.caseledger.api.security.CaseAccess;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.api.security.UnionBodyRegistry;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.web.CaseSteps;
import org.caseledger.api.cases.ProjectedCases;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.eventstore.StoredStreams;
import org.caseledger.core.supervision.SupervisionLetterIssued;
import org.caseledger.projections.audit.CaseAudit;
import org.caseledger.projections.timeline.CaseTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 案件: the case page — its lanes, the claimants' ledger, the open deadlines with their legal basis, the letters, and
 * for the case's own officers the next steps: a form for each command the case allows now, sent to the API with the
 * version the page shows ({@code If-Match}), so that two officers never overwrite each other unseen. And 一函两书: each
 * supervision letter as a printable document.
 */
@Controller
public class CasePage {

    private final CaseAccess access;
    private final ProjectedCases projected;
    private final CurrentUser currentUser;
    private final UnionBodyRegistry bodies;
    private final CommandForms forms;
    private final CaseAudit audit;
    private final Clock clock;
    private final StoredStreams streams;
    private final org.caseledger.core.deadline.ChineseWorkingDayCalendar calendar;
    private final CaseSteps caseSteps;
    private final org.caseledger.api.contacts.Contacts contacts;
    private final org.caseledger.api.i18n.Yuan yuan;

    private final org.caseledger.api.cases.CaseNumbering numbering;

    public CasePage(org.caseledger.api.cases.CaseNumbering numbering, org.caseledger.api.i18n.Yuan yuan, CaseAccess access, ProjectedCases projected, CurrentUser currentUser, UnionBodyRegistry bodies, CommandForms forms,
                    CaseAudit audit, Clock clock, StoredStreams streams, org.caseledger.core.deadline.ChineseWorkingDayCalendar calendar,
                    CaseSteps caseSteps, org.caseledger.api.contacts.Contacts contacts) {
        this.numbering = numbering;
        this.yuan = yuan;
        this.contacts = contacts;
        this.calendar = calendar;
        this.caseSteps = caseSteps;
        this.streams = streams;
        this.access = access;
        this.projected = projected;
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
    }

    /** A next step with its form. */
    public record StepForm(CaseSteps.Step step, List<FormField> fields) {
    }

    /** 发放全部已收: a worker's money received and not yet paid out to him. */
    public record Held(String claimantId, String name, long fen) {
    }

    /** Events one after the other of one kind on one day (twelve disbursements), listed as one line that opens. */
    public record EntryGroup(org.caseledger.projections.timeline.Entry first, List<org.caseledger.projections.timeline.Entry> entries) {

        /** The number the first event goes by (the first event of the case is 1, as on the audit page). */
        public long number() {
            return first.seq + 1;
        }
    }

    /** An open deadline counted from today; provisional while its year's 调休 arrangement is not published. */
    public record OpenDeadline(String kind, LocalDate dueOn, long daysLeft, boolean overdue, String subject, boolean provisional,
                               LocalDate movedTo) {

        static OpenDeadline of(String kind, LocalDate stored, String subject, LocalDate today, org.caseledger.core.deadline.ChineseWorkingDayCalendar calendar) {
            // a day counted before its year's arrangement was published, now a holiday: shown moved, never silently
            LocalDate moved = org.caseledger.core.deadline.Redated.movedTo(org.caseledger.core.kernel.DeadlineKind.valueOf(kind), stored, calendar)
                    .orElse(null);
            LocalDate due = moved == null ? stored : moved;
            return new OpenDeadline(kind, stored, ChronoUnit.DAYS.between(today, due), due.isBefore(today), subject, calendar.isProvisional(due), moved);
        }
    }

    @GetMapping("/cases/{caseId}")
    public String casePage(@PathVariable String caseId, Model model) {
        String owner = access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        CaseledgerUser user = currentUser.get();
        ProjectedCases.Projected p = projected.await(caseId);
        CaseTimeline t = p.timeline();
        LocalDate today = LocalDate.now(clock);
        boolean mine = user.mayChange(owner);
        UnionBody issuer = bodies.find(user.unionBody()).map(bodies::unionBody).orElse(null);
        model.addAttribute("t", t);
        model.addAttribute("caseNumber", numbering.label(caseId, t.unionBody, t.filedOn));
        model.addAttribute("version", p.version());
        model.addAttribute("lanes", Lanes.of(t, today));
        model.addAttribute("mine", mine);
        model.addAttribute("owner", owner);
        model.addAttribute("outstanding", t.ledger.stream().mapToLong(l -> l.outstandingFen).sum());
        model.addAttribute("obligorNames", t.obligors.stream().collect(java.util.stream.Collectors.toMap(o -> o.obligorId, o -> o.name)));
        model.addAttribute("deadlines", t.openDeadlines.stream().sorted(java.util.Comparator.comparing(d -> d.dueOn))
                .map(d -> OpenDeadline.of(d.kind, d.dueOn, d.subject, today, calendar)).toList());
        // personal data for those who handle or audit the case only: a body above reads the figures, not the names
        Read read = mine || user.is("AUDITOR") ? read(caseId) : new Read(java.util.Map.of(), null);
        java.util.Map<String, String> names = read.names();
        List<StepForm> steps = mine ? caseSteps.of(caseId).steps().stream()
                .map(s -> new StepForm(s, Prefill.of(s.route(), forms.fields(s.route(), t, issuer, today, names), t, read.award(), yuan, user.username()))).toList()
                : List.of();
        StepOrder.Split split = StepOrder.split(steps, t, today);
        model.addAttribute("steps", steps);
        model.addAttribute("firstSteps", split.first());
        model.addAttribute("otherSteps", split.others());
        boolean disburses = steps.stream().anyMatch(s -> s.step().command().equals("DisburseToClaimant"));
        model.addAttribute("held", !disburses ? List.of() : t.ledger.stream().filter(l -> l.receivedFen > l.disbursedFen)
                .map(l -> new Held(l.claimantId, names.getOrDefault(l.claimantId, l.claimantId), l.receivedFen - l.disbursedFen)).toList());
        model.addAttribute("entryGroups", groups(t.entries));
        model.addAttribute("today", today);
        model.addAttribute("mayAudit", user.is("AUDITOR") || user.is("OFFICER"));
        model.addAttribute("names", names);
        model.addAttribute("mayReadNames", user.is("AUDITOR"));
        // 联系记录 and 附件 name people: the case's own officers and the auditors read them
        boolean readsPeople = mine || user.is("AUDITOR");
        model.addAttribute("readsPeople", readsPeople);
        model.addAttribute("contacts", readsPeople ? contacts.ofCase(caseId) : List.of());
        model.addAttribute("attachments", readsPeople ? contacts.attachmentsOf(caseId) : List.of());
        model.addAttribute("documentKinds", org.caseledger.core.contact.DocumentKind.values());
        return "case";
    }

    /** What the page reads of the case's own events: the claimants' names, the latest award (its items prefill the instrument). */
    private record Read(java.util.Map<String, String> names, org.caseledger.core.litigation.ArbitralAwardIssued award) {
    }

    /** Consecutive events of one kind on one day, one group; any other event, a group of its own. */
    static List<EntryGroup> groups(List<org.caseledger.projections.timeline.Entry> entries) {
        List<EntryGroup> groups = new java.util.ArrayList<>();
        List<org.caseledger.projections.timeline.Entry> run = new java.util.ArrayList<>();
        for (var e : entries) {
            if (!run.isEmpty() && !(run.get(0).type.equals(e.type) && java.util.Objects.equals(run.get(0).on, e.on))) {
                groups.add(new EntryGroup(run.get(0), List.copyOf(run)));
                run.clear();
            }
            run.add(e);
        }
        if (!run.isEmpty()) {
            groups.add(new EntryGroup(run.get(0), List.copyOf(run)));
        }
        return groups;
    }

    /** The claimants' names as filed or added, and as corrected since (read from the case's events, opened as the store opens them). */
    private Read read(String caseId) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        org.caseledger.core.litigation.ArbitralAwardIssued award = null;
        for (var m : streams.eventsFrom(caseId, 0)) {
            if (m.getPayload() instanceof org.caseledger.core.litigation.ArbitralAwardIssued a) {
                award = a;
            } else if (m.getPayload() instanceof WageClaimFiled f) {
                f.claimants().forEach(c -> names.put(c.claimantId().value(), c.personalData().name()));
            } else if (m.getPayload() instanceof org.caseledger.core.intake.ClaimantAdded a) {
                names.put(a.claimant().claimantId().value(), a.claimant().personalData().name());
            } else if (m.getPayload() instanceof org.caseledger.core.intake.ClaimantPersonalDataCorrected c) {
                names.put(c.claimantId().value(), c.personalData().name());
            }
        }
        return new Read(names, award);
    }

    @GetMapping("/cases/{caseId}/letters/{letterId}")
    public String letter(@PathVariable String caseId, @PathVariable String letterId, Model model) {
        access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        SupervisionLetterIssued letter = audit.history(caseId).stream().map(CaseAudit.HistoryEntry::payload)
                .filter(e -> e instanceof SupervisionLetterIssued l && l.letterId().value().equals(letterId))
                .map(SupervisionLetterIssued.class::cast).findFirst()
                .orElseThrow(() -> new ApiProblem(org.springframework.http.HttpStatus.NOT_FOUND, "LETTER_NOT_FOUND", "letterId",
                        "case " + caseId + " has no letter " + letterId));
        CaseTimeline t = projected.await(caseId).timeline();
        model.addAttribute("t", t);
        model.addAttribute("letter", letter);
        return "letter";
    }
}
