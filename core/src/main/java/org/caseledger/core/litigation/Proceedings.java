package org.caseledger.core.litigation;

import org.axonframework.eventsourcing.EventSourcingHandler;

import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseledger.core.kernel.CaseWarning;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** Where the case stands in arbitration, payment order and court proceedings, up to the effective instrument. */
public class Proceedings {

    private LocalDate arbitrationAppliedOn;
    private LocalDate arbitrationAcceptedOn;
    private LocalDate awardDueOn;
    private String awardNo;
    private LocalDate awardReceivedOn;
    private LocalDate suitDueOn;
    private final Set<String> awardNos = new HashSet<>();
    private final Set<String> instrumentNos = new HashSet<>();
    private boolean paymentOrderApplied;
    private boolean paymentOrderObjected;
    private boolean lawsuitFiled;
    private LocalDate firstInstanceJudgmentServedOn;
    private LocalDate appealDueOn;
    private InstrumentKind instrumentKind;
    private String instrumentNo;
    private LocalDate performanceDue;

    /**
     * Whether a suit may be filed on this route with this basis on this day (劳动争议调解仲裁法 arts. 43, 48, 50; 解释(一)
     * arts. 13, 15), and the warnings it carries: a suit after the award's 15 days is the worker's to try and the
     * court's to reject, so it is recorded and flagged.
     */
    public List<CaseWarning> checkLawsuit(SuitRoute route, DirectSuitBasis basis, LocalDate filedOn) {
        switch (route) {
            case DIRECT -> // 劳动争议解释(一) art. 15 (wage IOU) or a 劳务 relationship; art. 13 needs a failed payment order first
                    require(basis == DirectSuitBasis.WAGE_IOU || basis == DirectSuitBasis.LABOUR_SERVICE,
                            RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
            case AFTER_ARBITRATION -> {
                if (awardReceivedOn != null) {
                    return filedOn.isAfter(suitDueOn) ? List.of(CaseWarning.SUIT_AFTER_AWARD_PERIOD_PASSED) : List.of();
                }
                // 劳动争议调解仲裁法 art. 43: no award 45 days after acceptance → the worker may sue
                require(arbitrationAcceptedOn != null && filedOn.isAfter(awardDueOn), RuleCode.NO_AWARD,
                        null, "no award yet and the award period has not run out");
            }
            case AFTER_PAYMENT_ORDER -> {
                // after an objection to the payment order, the worker sues on the mediation agreement (art. 13)
                require(paymentOrderObjected && !lawsuitFiled, RuleCode.WRONG_STAGE, null, "already in litigation");
                require(basis == null || basis == DirectSuitBasis.MEDIATION_AGREEMENT,
                        RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
            }
        }
        return List.of();
    }

    /** An award number is recorded once (the same award recorded twice would count its amounts twice). */
    public void checkNewAward(String no) {
        require(!awardNos.contains(no), RuleCode.DUPLICATE_AWARD, "awardNo", "award " + no);
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
        return awardReceivedOn;
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

    @EventSourcingHandler
    void on(ArbitrationApplied e) {
        arbitrationAppliedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(ArbitrationAccepted e) {
        arbitrationAcceptedOn = e.occurredOn();
        awardDueOn = e.awardDueOn();
    }

    @EventSourcingHandler
    void on(ArbitralAwardIssued e) {
        awardNo = e.awardNo();
        awardNos.add(e.awardNo());
        awardReceivedOn = e.occurredOn();
        suitDueOn = e.suitDueOn();
    }

    @EventSourcingHandler
    void on(PaymentOrderApplied e) {
        paymentOrderApplied = true;
    }

    @EventSourcingHandler
    void on(PaymentOrderObjected e) {
        paymentOrderObjected = true;
    }

    @EventSourcingHandler
    void on(LawsuitFiled e) {
        lawsuitFiled = true;
    }

    @EventSourcingHandler
    void on(JudgmentIssued e) {
        if (e.instance() == CourtInstance.FIRST) {
            firstInstanceJudgmentServedOn = e.occurredOn();
            appealDueOn = e.appealDueOn();
        }
    }

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        instrumentKind = e.instrumentKind();
        instrumentNo = e.documentNo();
        instrumentNos.add(e.documentNo());
        performanceDue = e.performanceDue();
    }
}
