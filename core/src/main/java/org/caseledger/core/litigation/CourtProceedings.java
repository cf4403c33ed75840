package org.caseledger.core.litigation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.InterruptionSource;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 诉讼: the suit (direct, after arbitration, after a failed payment order) and how it ends (a ruling, the court's mediation
 * statement, judgments with each side's appeal period, 民事诉讼法 arts. 171, 85), and the commission's or the court's
 * 先予执行. The payment order is its own member ({@link PaymentOrder}).
 */
public class CourtProceedings {

    private boolean lawsuitFiled;
    /** After a ruling not to enforce the award: the last day of the worker's 30 days to sue (解释(一) art. 24 ¶2). */
    private LocalDate suitAfterNonEnforcementDue;
    /** The suit going on is the workers' (not the employer's against the award). */
    private boolean workersSuing;
    /** The workers who sued after the award; empty: all of them (劳动争议解释(一) art. 17). */
    private final Set<ClaimantId> suing = new HashSet<>();
    private LocalDate firstInstanceJudgmentServedOn;
    private String firstInstanceJudgmentNo;
    private LocalDate appealDueOn;
    private LocalDate employerAppealDueOn;
    private boolean appealed;
    /** The first-instance judgment was given in the small-claims procedure: final, no appeal lies. */
    private boolean smallClaimsJudgment;
    private boolean courtInstrumentSinceSuit;
    private transient LitigationView view;

    public void bind(LitigationView view) {
        this.view = view;
    }

    // ---- what the other members ask

    /** 解释(一) art. 13 ¶1: from a failed payment order back to arbitration, before any suit. */
    public boolean mayReturnToArbitration() {
        return view.paymentOrder().hasLapsed() && !lawsuitFiled;
    }

    /** The workers' suit against an award goes on: the employer's application to set it aside is not accepted (解释(一) art. 21 ¶1). */
    public boolean isWorkersSuitPending() {
        return lawsuitFiled && workersSuing;
    }

    public boolean isLawsuitFiled() {
        return lawsuitFiled;
    }

    /**
     * A suit goes on while another group's instrument is enforced: filed, and no court instrument effective since
     * (劳动争议解释(一) art. 17: the others' award is enforced meanwhile).
     */
    public boolean isLawsuitPending() {
        return lawsuitFiled && !courtInstrumentSinceSuit;
    }

    /** In enforcement, a step of litigation only while the suing workers' suit goes on beside another group's enforcement. */
    public void checkGoingOn() {
        require(view.stage() != CaseStage.ENFORCEMENT || isLawsuitPending(), RuleCode.WRONG_STAGE, null,
                "in enforcement, litigation goes on only for workers who sued while the others' award is enforced");
    }

    /**
     * 劳动争议解释(一) art. 17: once some workers sue, the award takes effect for the others: it may become the
     * instrument of the workers named, none of whom sues; refused when all sued or no award was received.
     */
    public void checkAwardEffectiveForOthers(Collection<ClaimantId> named, boolean awardReceived) {
        if (awardReceived && !lawsuitFiled) {
            return; // the suit ended by a ruling: the award takes effect for all (法释〔2000〕18号)
        }
        require(awardReceived && !suing.isEmpty(), RuleCode.INSTRUMENT_KIND_NOT_ALLOWED, "instrumentKind",
                "in litigation an award takes effect only for the workers who did not sue it");
        named.forEach(id -> require(!suing.contains(id), RuleCode.AWARD_CHALLENGED_BY_CLAIMANT, "amounts", "claimant " + id + " sued"));
    }

    /**
     * 民事诉讼法 art. 171: a first-instance judgment no one appealed takes effect once both sides' 15 days have passed;
     * recorded effective earlier, it is flagged.
     */
    public List<CaseWarning> effectiveJudgmentWarnings(String documentNo, LocalDate effectiveOn) {
        if (documentNo.equals(firstInstanceJudgmentNo) && !appealed && appealDueOn != null) {
            LocalDate last = employerAppealDueOn != null && employerAppealDueOn.isAfter(appealDueOn) ? employerAppealDueOn : appealDueOn;
            if (!effectiveOn.isAfter(last)) {
                return List.of(CaseWarning.JUDGMENT_EFFECTIVE_WITHIN_APPEAL_PERIOD);
            }
        }
        return List.of();
    }

    // ---- commands

    @CommandHandler
    void handle(FileLawsuit c) {
        SuitRoute route = switch (view.stage()) {
            case INTAKE, ASSIGNED, NEGOTIATION -> SuitRoute.DIRECT;
            case ARBITRATION -> SuitRoute.AFTER_ARBITRATION;
            default -> suitAfterNonEnforcementDue != null && !lawsuitFiled ? SuitRoute.AFTER_NON_ENFORCEMENT : SuitRoute.AFTER_PAYMENT_ORDER;
        };
        if (c.side() == PartySide.EMPLOYER) {
            require(route == SuitRoute.AFTER_ARBITRATION, RuleCode.NO_AWARD, null, "the employer sues against an award");
        }
        String aidFirst = view.aidFirst(c.aidFirstReason(), true, c.occurredOn());
        List<CaseWarning> warnings = c.side() == PartySide.EMPLOYER ? view.arbitration().checkEmployerSuit(c.occurredOn(), c.directSuitBasis())
                : checkWorkersSuit(route, c.directSuitBasis(), c.occurredOn(), c.claimantIds());
        List<DeadlineClosure> closed = switch (route) {
            case DIRECT -> view.deadlines().doneOn(c.occurredOn(), DeadlineKind.ARBITRATION_LIMITATION, DeadlineKind.PROCEEDINGS_AFTER_PRESERVATION);
            // after an award, or the commission's silence on the application or the award (arts. 29, 43)
            case AFTER_ARBITRATION -> view.deadlines().doneOn(c.occurredOn(), DeadlineKind.SUIT_AFTER_AWARD, DeadlineKind.ARBITRAL_AWARD,
                    DeadlineKind.ARBITRATION_ACCEPTANCE, DeadlineKind.SUIT_AFTER_SET_ASIDE);
            case AFTER_PAYMENT_ORDER -> view.deadlines().doneOn(c.occurredOn(), DeadlineKind.PAYMENT_ORDER_DEEMED_SUIT);
            case AFTER_NON_ENFORCEMENT -> view.deadlines().doneOn(c.occurredOn(), DeadlineKind.SUIT_AFTER_NON_ENFORCEMENT);
        };
        if (!c.claimantIds().isEmpty()) {
            view.checkClaimants(c.claimantIds(), "claimantIds");
        }
        apply(new LawsuitFiled(view.caseId(), c.court(), c.directSuitBasis(), closed, warnings, c.claimantIds(), c.side(), c.occurredOn(),
                aidFirst));
    }

    /**
     * A suit after arbitration ended by a ruling (撤诉, 驳回起诉, 不予受理): no suit goes on and the award stands. For a final
     * award the employer's 30 days to apply to set it aside run from its receipt of the ruling (劳动争议解释(一) arts.
     * 18(二), 21 ¶2).
     */
    @CommandHandler
    void handle(RecordSuitEnded c) {
        require(lawsuitFiled, RuleCode.NO_LAWSUIT, null, null);
        LocalDate received = c.employerReceivedOn() != null ? c.employerReceivedOn() : c.occurredOn();
        LocalDate setAsideDue = view.arbitration().isFinalAward() ? CourtPeriod.lastDay(received, 30, view.context().calendar()) : null;
        apply(new SuitEnded(view.caseId(), c.ending(), c.side(), c.documentNo(), c.employerReceivedOn(), setAsideDue,
                view.deadlines().doneOn(c.occurredOn(), DeadlineKind.APPEAL), c.occurredOn()));
    }

    @CommandHandler
    void handle(RecordCourtMediation c) {
        checkGoingOn();
        require(lawsuitFiled, RuleCode.NO_LAWSUIT, null, null);
        apply(new CourtMediationStatementIssued(view.caseId(), c.documentNo(), c.occurredOn()));
    }

    /** 民事诉讼法 art. 171: a first-instance judgment is appealed within 15 days of each side's service, counted as art. 85 counts. */
    @CommandHandler
    void handle(RecordJudgment c) {
        checkGoingOn();
        require(lawsuitFiled, RuleCode.NO_LAWSUIT, null, null);
        require(c.employerServedOn() == null || !c.employerServedOn().isAfter(view.context().today()), RuleCode.DATE_IN_FUTURE,
                "employerServedOn", null);
        require(c.employerServedOn() == null || !c.employerServedOn().isBefore(view.filedOn()), RuleCode.DATE_BEFORE_FILING,
                "employerServedOn", null);
        // a small-claims judgment is final at first instance: no appeal period (民事诉讼法 art. 165; 民事诉讼法解释 art. 271)
        boolean appealable = c.instance() == CourtInstance.FIRST && !c.smallClaims();
        LocalDate appealDue = appealable ? CourtPeriod.lastDay(c.occurredOn(), 15, view.context().calendar()) : null;
        LocalDate employerDue = appealable && c.employerServedOn() != null
                ? CourtPeriod.lastDay(c.employerServedOn(), 15, view.context().calendar()) : null;
        apply(new JudgmentIssued(view.caseId(), c.documentNo(), c.instance(), appealDue, employerDue, c.occurredOn(), c.smallClaims()));
    }

    /** A late appeal is the court's to reject: recorded, and flagged; each side counts from its own service (arts. 171, 85). */
    @CommandHandler
    void handle(RecordAppeal c) {
        checkGoingOn();
        require(firstInstanceJudgmentServedOn != null, RuleCode.NO_JUDGMENT, null, null);
        LocalDate due = c.side() == PartySide.EMPLOYER ? employerAppealDueOn : appealDueOn;
        List<CaseWarning> warnings = smallClaimsJudgment ? List.of(CaseWarning.APPEAL_AGAINST_SMALL_CLAIMS_JUDGMENT)
                : due != null && c.occurredOn().isAfter(due) ? List.of(CaseWarning.APPEAL_PERIOD_PASSED) : List.of();
        apply(new AppealFiled(view.caseId(), c.appellant(), c.side(), view.deadlines().doneOn(c.occurredOn(), DeadlineKind.APPEAL), warnings,
                c.occurredOn()));
    }

    /** 先予执行 (劳动争议调解仲裁法 art. 44): part of the wages claimed, paid early, never more than a claimant is still owed. */
    @CommandHandler
    void handle(RecordAdvanceExecution c) {
        view.checkAmounts(c.amounts(), "amounts");
        c.amounts().forEach(a -> require(!a.amount().exceeds(view.outstandingOf(a.claimantId())), RuleCode.OVERPAYMENT,
                "amounts", a.claimantId() + " is owed " + view.outstandingOf(a.claimantId())));
        apply(new AdvanceExecutionOrdered(view.caseId(), c.documentNo(), view.stage() == CaseStage.ARBITRATION, c.amounts(), c.occurredOn()));
    }

    /**
     * Whether the workers may sue on this route with this basis (劳动争议调解仲裁法 arts. 29, 43, 48, 50; 解释(一) arts. 13,
     * 15, 51), and the warnings the suit carries.
     */
    private List<CaseWarning> checkWorkersSuit(SuitRoute route, DirectSuitBasis basis, LocalDate filedOn, Collection<ClaimantId> suingWorkers) {
        switch (route) {
            case DIRECT -> {
                // 解释(一) art. 15 (wage IOU), art. 51 ¶2 (a broken wages-only mediation agreement), or a 劳务 relationship
                require(basis != null, RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
                require(basis != DirectSuitBasis.MEDIATION_AGREEMENT || view.hasBrokenMediationAgreement(),
                        RuleCode.DIRECT_SUIT_NEEDS_BROKEN_AGREEMENT, "directSuitBasis", null);
                require(basis != DirectSuitBasis.MEDIATION_AGREEMENT || view.hasBrokenAgreementToSueOn(),
                        RuleCode.DIRECT_SUIT_AGREEMENT_NOT_OF_ARTICLE_51, "directSuitBasis", null);
                // 民法典 art. 188: three years, the defendant's plea; recorded and flagged
                return view.civilLimitationRanOutBefore(filedOn) ? List.of(CaseWarning.CIVIL_LIMITATION_PASSED) : List.of();
            }
            case AFTER_ARBITRATION -> {
                return view.arbitration().checkSuitAfterArbitration(filedOn, suingWorkers);
            }
            case AFTER_NON_ENFORCEMENT -> {
                // 解释(一) art. 24 ¶2: a suit later than the 30 days is the court's to dismiss: recorded, flagged
                return filedOn.isAfter(suitAfterNonEnforcementDue) ? List.of(CaseWarning.SUIT_AFTER_NON_ENFORCEMENT_PERIOD_PASSED) : List.of();
            }
            case AFTER_PAYMENT_ORDER -> {
                require(view.paymentOrder().hasLapsed() && !lawsuitFiled, RuleCode.WRONG_STAGE, null, "already in litigation");
                // 解释(一) art. 13: after a failed order the worker arbitrates, unless the order rested on a mediation agreement
                require(basis == null || basis == DirectSuitBasis.MEDIATION_AGREEMENT,
                        RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
                require(view.hasBrokenMediationAgreement(), RuleCode.PAYMENT_ORDER_FAILED_ARBITRATE_FIRST, null, null);
            }
        }
        return List.of();
    }

    // ---- state

    @EventSourcingHandler
    void on(LawsuitFiled e) {
        lawsuitFiled = true;
        workersSuing = e.side() != PartySide.EMPLOYER;
        courtInstrumentSinceSuit = false;
        suing.clear();
        suing.addAll(e.claimantIds());
    }

    @EventSourcingHandler
    void on(EnforcementOfAwardRefused e) {
        suitAfterNonEnforcementDue = e.suitDueOn();
        lawsuitFiled = false;
        suing.clear();
    }

    @EventSourcingHandler
    void on(SuitEnded e) {
        lawsuitFiled = false;
        workersSuing = false;
        suing.clear();
    }

    @EventSourcingHandler
    void on(JudgmentIssued e) {
        if (e.instance() == CourtInstance.FIRST) {
            firstInstanceJudgmentServedOn = e.occurredOn();
            firstInstanceJudgmentNo = e.documentNo();
            appealDueOn = e.appealDueOn();
            employerAppealDueOn = e.employerAppealDueOn() != null ? e.employerAppealDueOn() : e.appealDueOn();
            appealed = false;
            smallClaimsJudgment = e.smallClaims();
        }
    }

    @EventSourcingHandler
    void on(AppealFiled e) {
        appealed = true;
    }

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        if (EnumSet.of(InstrumentKind.COURT_MEDIATION, InstrumentKind.JUDGMENT, InstrumentKind.PAYMENT_ORDER).contains(e.instrumentKind())) {
            courtInstrumentSinceSuit = true;
        }
    }
}
