package org.caseledger.core.litigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import org.caseledger.core.kernel.ClaimantId;
import org.axonframework.eventsourcing.EventSourcingHandler;

import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.negotiation.JudicialConfirmationApplied;
import org.caseledger.core.negotiation.JudicialConfirmationRefused;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** Where the case stands in arbitration, payment order and court proceedings, up to the effective instrument. */
public class Proceedings {

    private LocalDate arbitrationAppliedOn;
    private LocalDate arbitrationAcceptanceDueOn;
    private boolean arbitrationRefused;
    private LocalDate arbitrationAcceptedOn;
    private LocalDate awardDueOn;
    private LocalDate firstAwardDueOn;
    private boolean awardPeriodExtended;
    /** The latest award's number; every award stands in {@link #awards}. */
    private String awardNo;
    /** Every award by its number: a case's groups of workers may each have one. */
    private final Map<String, AwardStanding> awards = new LinkedHashMap<>();
    private final Set<String> instrumentNos = new HashSet<>();
    private boolean paymentOrderApplied;
    private boolean paymentOrderObjected;
    private String paymentOrderNo;
    private LocalDate paymentOrderObjectionDueOn;
    private boolean paymentOrderLapsed;
    private boolean judicialConfirmationPending;
    private boolean lawsuitFiled;
    /** The workers who sued after the award; empty: all of them (劳动争议解释(一) art. 17). */
    private final Set<ClaimantId> suing = new HashSet<>();
    private LocalDate firstInstanceJudgmentServedOn;
    private String firstInstanceJudgmentNo;
    private LocalDate appealDueOn;
    private LocalDate employerAppealDueOn;
    private boolean appealed;
    private InstrumentKind instrumentKind;
    private String instrumentNo;
    private LocalDate performanceDue;
    /** Each effective instrument's performance day, by document number: one per group of workers. */
    private final Map<String, LocalDate> performanceDueByInstrument = new LinkedHashMap<>();
    private boolean courtInstrumentSinceSuit;

    /**
     * Whether a suit may be filed on this route with this basis on this day (劳动争议调解仲裁法 arts. 29, 43, 48, 50; 解释(一)
     * arts. 13, 15, 51), and the warnings it carries: a suit after the award's 15 days is the worker's to try and the
     * court's to reject, so it is recorded and flagged. {@code brokenWageAgreement}: the employer broke a mediation
     * agreement on wages.
     */
    public List<CaseWarning> checkLawsuit(SuitRoute route, DirectSuitBasis basis, LocalDate filedOn, boolean brokenWageAgreement) {
        return checkLawsuit(route, basis, filedOn, brokenWageAgreement, List.of());
    }

    /** As above, for the workers named (empty: all): a suit against an award counts from the award that names them. */
    public List<CaseWarning> checkLawsuit(SuitRoute route, DirectSuitBasis basis, LocalDate filedOn, boolean brokenWageAgreement,
                                          java.util.Collection<ClaimantId> suingWorkers) {
        switch (route) {
            case DIRECT -> {
                // 解释(一) art. 15 (wage IOU), art. 51 ¶2 (a broken wages-only mediation agreement), or a 劳务 relationship
                require(basis != null, RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
                require(basis != DirectSuitBasis.MEDIATION_AGREEMENT || brokenWageAgreement, RuleCode.DIRECT_SUIT_NEEDS_BROKEN_AGREEMENT,
                        "directSuitBasis", null);
            }
            case AFTER_ARBITRATION -> {
                if (awardNo != null) {
                    // arts. 48, 50: 15 days from the award; art. 49 ¶3: from the ruling that set a final award aside
                    return filedOn.isAfter(suitDueFor(suingWorkers)) ? List.of(CaseWarning.SUIT_AFTER_AWARD_PERIOD_PASSED) : List.of();
                }
                // art. 29: refused, or no decision within 5 days; art. 43: no award when its period ran out
                boolean silentOnApplication = arbitrationAcceptedOn == null && arbitrationAcceptanceDueOn != null
                        && filedOn.isAfter(arbitrationAcceptanceDueOn);
                boolean awardOverdue = arbitrationAcceptedOn != null && filedOn.isAfter(awardDueOn);
                require(arbitrationRefused || silentOnApplication || awardOverdue, RuleCode.NO_AWARD,
                        null, "no award yet, the commission neither refused nor stayed silent past its 5 days, and the award period has not run out");
            }
            case AFTER_PAYMENT_ORDER -> {
                require(paymentOrderLapsed && !lawsuitFiled, RuleCode.WRONG_STAGE, null, "already in litigation");
                // 解释(一) art. 13: after a failed order the worker arbitrates, unless the order rested on a mediation agreement
                require(basis == null || basis == DirectSuitBasis.MEDIATION_AGREEMENT,
                        RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
                require(brokenWageAgreement, RuleCode.PAYMENT_ORDER_FAILED_ARBITRATE_FIRST, null, null);
            }
        }
        return List.of();
    }

    /** The last day to sue for these workers (empty: all): from the latest award that names any of them. */
    private LocalDate suitDueFor(java.util.Collection<ClaimantId> workers) {
        AwardStanding named = null;
        for (AwardStanding a : awards.values()) {
            if (workers.isEmpty() || workers.stream().anyMatch(a.claimants()::contains)) {
                named = a;
            }
        }
        return named != null ? named.suitDueOn() : latestAward().suitDueOn();
    }

    /** The award an act concerns: the one named, else the latest; refused when there is none. */
    public String awardOrLatest(String named) {
        String no = named != null ? named : awardNo;
        require(no != null && awards.containsKey(no), RuleCode.NO_AWARD, "awardNo", named == null ? null : "award " + named);
        return no;
    }

    /** The employer's application to set an award aside (art. 49): the warnings it carries. */
    public List<CaseWarning> checkSetAsideApplication(String award, LocalDate on, LocalDate thirtiethDay) {
        AwardStanding a = awards.get(award);
        require(!a.setAsidePending(), RuleCode.SET_ASIDE_ALREADY_PENDING, "awardNo", "award " + award);
        List<CaseWarning> warnings = new java.util.ArrayList<>();
        if (!a.finalAward()) {
            warnings.add(CaseWarning.SET_ASIDE_OF_NON_FINAL_AWARD);
        }
        if (on.isAfter(thirtiethDay)) {
            warnings.add(CaseWarning.SET_ASIDE_APPLICATION_LATE);
        }
        return warnings;
    }

    /** The award whose set-aside application the ruling answers: the one named, else the only one pending. */
    public String pendingSetAside(String named) {
        List<String> pending = awards.entrySet().stream().filter(e -> e.getValue().setAsidePending()).map(Map.Entry::getKey).toList();
        if (named != null) {
            require(pending.contains(named), RuleCode.NO_SET_ASIDE_APPLICATION, "awardNo", "award " + named);
            return named;
        }
        require(pending.size() == 1, RuleCode.NO_SET_ASIDE_APPLICATION, "awardNo",
                pending.isEmpty() ? null : "applications pending for " + pending + ": name the award");
        return pending.get(0);
    }

    /** Whether the employer's application to set aside an award is pending (enforcement is suspended, 解释(一) art. 25). */
    public boolean isSetAsidePending() {
        return awards.values().stream().anyMatch(AwardStanding::setAsidePending);
    }

    /** Whether this award (by number) was set aside; an instrument number that is no award: the latest award's fate. */
    public boolean isSetAside(String documentNo) {
        AwardStanding a = awards.get(documentNo);
        return a != null ? a.setAside() : awardNo != null && latestAward().setAside();
    }

    public boolean isFinalAward() {
        return awardNo != null && latestAward().finalAward();
    }

    private AwardStanding latestAward() {
        return awards.get(awardNo);
    }

    /**
     * The employer's suit against the award (劳动争议调解仲裁法 art. 50): there must be an award; against a final one
     * its road is the set-aside (art. 49), so the suit is the court's to dismiss; after 15 days, late. Recorded, flagged.
     */
    public List<CaseWarning> checkEmployerSuit(LocalDate filedOn, DirectSuitBasis basis) {
        require(awardNo != null, RuleCode.NO_AWARD, null, "the employer sues against an award");
        AwardStanding latest = latestAward();
        require(basis == null, RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "the employer's suit is against the award");
        List<CaseWarning> warnings = new ArrayList<>();
        if (latest.finalAward()) {
            warnings.add(CaseWarning.EMPLOYER_SUIT_AGAINST_FINAL_AWARD);
        }
        if (filedOn.isAfter(latest.suitDueOn())) {
            warnings.add(CaseWarning.SUIT_AFTER_AWARD_PERIOD_PASSED);
        }
        return warnings;
    }

    /** 解释(一) art. 13 ¶1: from a failed payment order back to arbitration, before any suit. */
    public boolean mayReturnToArbitration() {
        return paymentOrderLapsed && !lawsuitFiled;
    }

    /** The commission has not yet accepted or refused the application (art. 29). */
    public void checkArbitrationUndecided() {
        require(arbitrationAcceptedOn == null && !arbitrationRefused, RuleCode.ARBITRATION_ALREADY_DECIDED, null,
                arbitrationRefused ? "refused" : "accepted on " + arbitrationAcceptedOn);
    }

    /** An extension of the award period (art. 43 ¶1): after acceptance and before the award, to a later day; the warnings. */
    public List<CaseWarning> checkAwardExtension(LocalDate extendedTo, LocalDate fifteenDaysAfterFirstDue) {
        require(arbitrationAcceptedOn != null, RuleCode.NO_ARBITRATION_ACCEPTED, null, null);
        require(awardNo == null || latestAward().partial(), RuleCode.AWARD_ALREADY_RECEIVED, null, "award " + awardNo);
        require(extendedTo.isAfter(awardDueOn), RuleCode.EXTENSION_NOT_LATER, "extendedTo", "the award is due " + awardDueOn);
        return extendedTo.isAfter(fifteenDaysAfterFirstDue) || awardPeriodExtended ? List.of(CaseWarning.AWARD_EXTENSION_IRREGULAR) : List.of();
    }

    public LocalDate firstAwardDueOn() {
        return firstAwardDueOn;
    }

    public void checkPaymentOrderNotIssued() {
        require(paymentOrderApplied, RuleCode.NO_PAYMENT_ORDER, null, null);
        require(paymentOrderNo == null, RuleCode.PAYMENT_ORDER_ALREADY_ISSUED, null, "order " + paymentOrderNo);
    }

    /** The objection's warnings (民事诉讼法 art. 227; 民事诉讼法解释 art. 436); whether it ends the order. */
    public boolean objectionEndsOrder(ObjectionGround ground, LocalDate on) {
        return ground == ObjectionGround.DISPUTES_DEBT && !isObjectionLate(on);
    }

    public boolean isObjectionLate(LocalDate on) {
        return paymentOrderObjectionDueOn != null && on.isAfter(paymentOrderObjectionDueOn);
    }

    public void checkPaymentOrderStanding() {
        require(paymentOrderApplied, RuleCode.NO_PAYMENT_ORDER, null, null);
        require(!paymentOrderLapsed, RuleCode.PAYMENT_ORDER_LAPSED, null, null);
    }

    public boolean isPaymentOrderLapsed() {
        return paymentOrderLapsed;
    }

    public boolean isJudicialConfirmationPending() {
        return judicialConfirmationPending;
    }

    /** An award number is recorded once (the same award recorded twice would count its amounts twice). */
    public void checkNewAward(String no) {
        require(!awards.containsKey(no), RuleCode.DUPLICATE_AWARD, "awardNo", "award " + no);
    }

    public void checkNewInstrument(String no) {
        require(!instrumentNos.contains(no), RuleCode.DUPLICATE_INSTRUMENT, "documentNo", "instrument " + no);
    }

    /** The last day to appeal the first-instance judgment (民事诉讼法 arts. 171, 85), or null without one. */
    public LocalDate appealDueOn() {
        return appealDueOn;
    }

    public LocalDate arbitrationAcceptedOn() {
        return arbitrationAcceptedOn;
    }

    public String awardNo() {
        return awardNo;
    }

    public LocalDate awardReceivedOn() {
        return awardNo == null ? null : latestAward().receivedOn();
    }

    public LocalDate awardReceivedOn(String award) {
        return awards.get(award).receivedOn();
    }

    public boolean isPaymentOrderApplied() {
        return paymentOrderApplied;
    }

    public boolean isPaymentOrderObjected() {
        return paymentOrderObjected;
    }

    public boolean isLawsuitFiled() {
        return lawsuitFiled;
    }

    public LocalDate firstInstanceJudgmentServedOn() {
        return firstInstanceJudgmentServedOn;
    }

    public boolean hasEffectiveInstrument() {
        return instrumentKind != null;
    }

    public InstrumentKind instrumentKind() {
        return instrumentKind;
    }

    public String instrumentNo() {
        return instrumentNo;
    }

    public LocalDate performanceDue() {
        return performanceDue;
    }

    /** The performance day of an effective instrument; refused when the case has none of that number. */
    public LocalDate performanceDueOf(String documentNo) {
        LocalDate due = performanceDueByInstrument.get(documentNo);
        require(due != null, RuleCode.NO_EFFECTIVE_INSTRUMENT, "documentNo", "instrument " + documentNo);
        return due;
    }

    /**
     * A suit goes on while another group's instrument is enforced: filed, and no court instrument effective since
     * (劳动争议解释(一) art. 17: the others' award is enforced meanwhile).
     */
    public boolean isLawsuitPending() {
        return lawsuitFiled && !courtInstrumentSinceSuit;
    }

    @EventSourcingHandler
    void on(ArbitrationApplied e) {
        arbitrationAppliedOn = e.occurredOn();
        arbitrationAcceptanceDueOn = e.acceptanceDueOn();
        // a new application (after a failed payment order) starts the commission's decision afresh
        arbitrationRefused = false;
        arbitrationAcceptedOn = null;
    }

    @EventSourcingHandler
    void on(ArbitrationRefused e) {
        arbitrationRefused = true;
    }

    @EventSourcingHandler
    void on(ArbitrationAccepted e) {
        arbitrationAcceptedOn = e.occurredOn();
        awardDueOn = e.awardDueOn();
        firstAwardDueOn = e.awardDueOn();
    }

    @EventSourcingHandler
    void on(AwardPeriodExtended e) {
        awardDueOn = e.extendedTo();
        awardPeriodExtended = true;
    }

    @EventSourcingHandler
    void on(PaymentOrderIssued e) {
        paymentOrderNo = e.documentNo();
        paymentOrderObjectionDueOn = e.objectionDueOn();
    }

    @EventSourcingHandler
    void on(JudicialConfirmationApplied e) {
        judicialConfirmationPending = true;
    }

    @EventSourcingHandler
    void on(JudicialConfirmationRefused e) {
        judicialConfirmationPending = false;
    }

    @EventSourcingHandler
    void on(ArbitralAwardIssued e) {
        awardNo = e.awardNo();
        Set<ClaimantId> named = new HashSet<>();
        e.items().forEach(item -> named.add(item.claimantId()));
        awards.put(e.awardNo(), new AwardStanding(named, e.occurredOn(), e.suitDueOn(), e.finalAward(), e.partial(), false, false));
    }

    @EventSourcingHandler
    void on(SetAsideApplied e) {
        awards.computeIfPresent(e.awardNo(), (no, a) -> a.setAsideApplied());
    }

    @EventSourcingHandler
    void on(SetAsideRuled e) {
        awards.computeIfPresent(e.awardNo() != null ? e.awardNo() : awardNo, (n, a) -> a.ruled(e.setAside(), e.suitDueOn()));
    }

    @EventSourcingHandler
    void on(PaymentOrderApplied e) {
        paymentOrderApplied = true;
    }

    @EventSourcingHandler
    void on(PaymentOrderObjected e) {
        paymentOrderObjected = true;
        paymentOrderLapsed |= e.orderLapsed();
    }

    @EventSourcingHandler
    void on(LawsuitFiled e) {
        lawsuitFiled = true;
        courtInstrumentSinceSuit = false;
        suing.clear();
        suing.addAll(e.claimantIds());
    }

    /**
     * 劳动争议解释(一) art. 17: once some workers sue, the award takes effect for the others: it may become the
     * instrument of the workers named, none of whom sues; refused when all sued or no award was received.
     */
    public void checkAwardEffectiveForOthers(Collection<ClaimantId> named) {
        require(awardNo != null && !suing.isEmpty(), RuleCode.INSTRUMENT_KIND_NOT_ALLOWED, "instrumentKind",
                "in litigation an award takes effect only for the workers who did not sue it");
        named.forEach(id -> require(!suing.contains(id), RuleCode.AWARD_CHALLENGED_BY_CLAIMANT, "amounts", "claimant " + id + " sued"));
    }

    @EventSourcingHandler
    void on(JudgmentIssued e) {
        if (e.instance() == CourtInstance.FIRST) {
            firstInstanceJudgmentServedOn = e.occurredOn();
            firstInstanceJudgmentNo = e.documentNo();
            appealDueOn = e.appealDueOn();
            employerAppealDueOn = e.employerAppealDueOn() != null ? e.employerAppealDueOn() : e.appealDueOn();
            appealed = false;
        }
    }

    @EventSourcingHandler
    void on(AppealFiled e) {
        appealed = true;
    }

    /** The last day a side may appeal the first-instance judgment: the workers' by default (民事诉讼法 arts. 171, 85). */
    public LocalDate appealDueFor(PartySide side) {
        return side == PartySide.EMPLOYER ? employerAppealDueOn : appealDueOn;
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

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        instrumentKind = e.instrumentKind();
        instrumentNo = e.documentNo();
        instrumentNos.add(e.documentNo());
        performanceDue = e.performanceDue();
        performanceDueByInstrument.put(e.documentNo(), e.performanceDue());
        if (EnumSet.of(InstrumentKind.COURT_MEDIATION, InstrumentKind.JUDGMENT, InstrumentKind.PAYMENT_ORDER).contains(e.instrumentKind())) {
            courtInstrumentSinceSuit = true;
        }
        judicialConfirmationPending = false;
    }
}
