package org.caseledger.api.pages;

import org.caseledger.api.cases.ProjectedCases;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.security.CaseAccess;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.security.CurrentUser;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CapitalAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.projections.audit.CaseAudit;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.ClaimantLine;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The case's generated documents. 领款确认书: a claimant's receipt for the money paid out to him in a case, printable on A4 — the amount in figures and
 * in capital numerals (大写, {@link CapitalAmount}), to be signed by the worker. Personal data: for the case's own
 * officers and auditors only, as the names on the case page.
 */
@Controller
public class CaseDocuments {

    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final ProjectedCases projected;
    private final CaseAudit audit;
    private final Clock clock;

    public CaseDocuments(CaseAccess access, CurrentUser currentUser, ProjectedCases projected, CaseAudit audit, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.projected = projected;
        this.audit = audit;
        this.clock = clock;
    }

    /** A worker of the case, for a document that names him: the case's own officers and auditors only. */
    private record Worker(CaseTimeline t, ClaimantLine line, NewClaimant claimant) {
    }

    private Worker worker(String caseId, String claimantId, String what) {
        String owner = access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        CaseledgerUser user = currentUser.get();
        if (!user.mayChange(owner) && !user.is("AUDITOR")) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "READ_ONLY_CASE", null, what + " names the worker: for the case's own officers and auditors");
        }
        CaseTimeline t = projected.await(caseId).timeline();
        ClaimantLine line = t.ledger.stream().filter(l -> l.claimantId.equals(claimantId)).findFirst().orElseThrow(() ->
                new ApiProblem(HttpStatus.NOT_FOUND, "CLAIMANT_NOT_FOUND", "claimantId", "case " + caseId + " has no claimant " + claimantId));
        NewClaimant claimant = claimant(caseId, claimantId).orElseThrow(() ->
                new ApiProblem(HttpStatus.NOT_FOUND, "CLAIMANT_NOT_FOUND", "claimantId", "case " + caseId + " has no claimant " + claimantId));
        return new Worker(t, line, claimant);
    }

    @GetMapping("/cases/{caseId}/receipts/{claimantId}")
    public String receipt(@PathVariable String caseId, @PathVariable String claimantId, Model model) {
        Worker w = worker(caseId, claimantId, "a receipt");
        model.addAttribute("t", w.t());
        model.addAttribute("claimant", w.claimant());
        model.addAttribute("fen", w.line().disbursedFen);
        model.addAttribute("capital", CapitalAmount.of(Money.ofFen(w.line().disbursedFen)));
        model.addAttribute("today", LocalDate.now(clock));
        return "receipt";
    }

    /**
     * 法律援助申请表: a worker's application for legal aid for his wages (法律援助法 art. 31 (5); a migrant worker claiming
     * wages is not means-tested, art. 42 (3)), printable with what the case knows of him filled in — name, ID-card number, phone, the employer, what he
     * claims by kind, the day of the application — for him to read, correct and sign.
     */
    @GetMapping("/cases/{caseId}/documents/application/{claimantId}")
    public String application(@PathVariable String caseId, @PathVariable String claimantId, Model model) {
        Worker w = worker(caseId, claimantId, "an application");
        model.addAttribute("t", w.t());
        model.addAttribute("claimant", w.claimant());
        model.addAttribute("line", w.line());
        model.addAttribute("capital", CapitalAmount.of(Money.ofFen(w.line().claimedFen)));
        return "application-form";
    }

    /**
     * 结案报告: the case's closing report, printable — who handled it, from when to when and why it closed, each worker's
     * claim and what was recovered and paid out, the employers, the letters and their outcome. Names for the case's own
     * officers and auditors; a body above reads it with the workers' ids only.
     */
    @GetMapping("/cases/{caseId}/closing-report")
    public String closingReport(@PathVariable String caseId, Model model) {
        String owner = access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        CaseledgerUser user = currentUser.get();
        CaseTimeline t = projected.await(caseId).timeline();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (user.mayChange(owner) || user.is("AUDITOR")) {
            t.ledger.forEach(l -> claimant(caseId, l.claimantId).ifPresent(c -> names.put(l.claimantId, c.personalData().name())));
        }
        model.addAttribute("t", t);
        model.addAttribute("names", names);
        model.addAttribute("days", t.closedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(t.filedOn, t.closedOn));
        model.addAttribute("today", LocalDate.now(clock));
        return "closing-report";
    }

    /**
     * 给予法律援助决定书 and 指派通知书: the decision to give legal aid and the assignment of the officer, as recorded
     * (法律援助法 art. 43: decided within 7 days of the application, the officer assigned within 3 of the decision), to
     * print once each is on the record; the workers named for the case's own officers and auditors.
     */
    @GetMapping("/cases/{caseId}/documents/{kind:aid-decision|assignment}")
    public String aidDocument(@PathVariable String caseId, @PathVariable String kind, Model model) {
        String owner = access.visibleOwner(caseId).orElseThrow(() -> ApiProblem.notFound(caseId));
        CaseledgerUser user = currentUser.get();
        CaseTimeline t = projected.await(caseId).timeline();
        LocalDate decided = null;
        org.caseledger.core.intake.LegalOfficerAssigned assigned = null;
        for (CaseAudit.HistoryEntry e : audit.history(caseId)) {
            if (e.payload() instanceof org.caseledger.core.intake.LegalAidGranted g) {
                decided = g.occurredOn();
            } else if (e.payload() instanceof org.caseledger.core.intake.LegalOfficerAssigned a) {
                assigned = a;
            }
        }
        if (decided == null || kind.equals("assignment") && assigned == null) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "DOCUMENT_NOT_YET", null, kind.equals("assignment")
                    ? "case " + caseId + " has no officer assigned yet" : "case " + caseId + " has no decision to give legal aid yet");
        }
        java.util.List<String> workers = new java.util.ArrayList<>();
        boolean named = user.mayChange(owner) || user.is("AUDITOR");
        t.ledger.forEach(l -> workers.add(named ? claimant(caseId, l.claimantId).map(c -> c.personalData().name()).orElse(l.claimantId) : l.claimantId));
        model.addAttribute("t", t);
        model.addAttribute("kind", kind);
        model.addAttribute("decided", decided);
        model.addAttribute("assigned", assigned);
        model.addAttribute("workers", workers);
        return "aid-document";
    }

    /** The claimant as filed or added, and as corrected since, with his personal data as the store opens it (已删除 once erased). */
    private Optional<NewClaimant> claimant(String caseId, String claimantId) {
        NewClaimant found = null;
        for (CaseAudit.HistoryEntry e : audit.history(caseId)) {
            if (e.payload() instanceof WageClaimFiled f) {
                found = f.claimants().stream().filter(n -> n.claimantId().value().equals(claimantId)).findFirst().orElse(found);
            } else if (e.payload() instanceof ClaimantAdded a && a.claimant().claimantId().value().equals(claimantId)) {
                found = a.claimant();
            } else if (found != null && e.payload() instanceof org.caseledger.core.intake.ClaimantPersonalDataCorrected c
                    && c.claimantId().value().equals(claimantId)) {
                found = new NewClaimant(found.claimantId(), c.personalData(), found.claimed(), found.items());
            }
        }
        return Optional.ofNullable(found);
    }
}
