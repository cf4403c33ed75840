package org.caseledger.core.litigation;

import org.axonframework.eventsourcing.EventSourcingHandler;

import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** Where the case stands in arbitration, payment order and court proceedings, up to the effective instrument. */
public class Proceedings {

    private LocalDate arbitrationAppliedOn;
    private LocalDate arbitrationAcceptedOn;
    private String awardNo;
    private LocalDate awardReceivedOn;
    private boolean paymentOrderApplied;
    private boolean paymentOrderObjected;
    private boolean lawsuitFiled;
    private LocalDate firstInstanceJudgmentServedOn;
    private InstrumentKind instrumentKind;
    private String instrumentNo;
    private LocalDate performanceDue;

    /** Whether a suit may be filed on this route with this basis on this day (劳动争议调解仲裁法 arts. 43, 48, 50; 解释(一) arts. 13, 15). */
    public void checkLawsuit(SuitRoute route, DirectSuitBasis basis, LocalDate filedOn) {
        switch (route) {
            case DIRECT -> // 劳动争议解释(一) art. 15 (wage IOU) or a 劳务 relationship; art. 13 needs a failed payment order first
                    require(basis == DirectSuitBasis.WAGE_IOU || basis == DirectSuitBasis.LABOUR_SERVICE,
                            RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
            case AFTER_ARBITRATION -> {
                if (awardReceivedOn != null) {
                    require(!filedOn.isAfter(awardReceivedOn.plusDays(15)), RuleCode.SUIT_AFTER_AWARD_TOO_LATE,
                            "occurredOn", "award received " + awardReceivedOn);
                } else {
                    // 劳动争议调解仲裁法 art. 43: no award 45 days after acceptance → the worker may sue
                    require(arbitrationAcceptedOn != null && filedOn.isAfter(arbitrationAcceptedOn.plusDays(45)), RuleCode.NO_AWARD,
                            null, "no award yet and the award period has not run out");
                }
            }
            case AFTER_PAYMENT_ORDER -> {
                // after an objection to the payment order, the worker sues on the mediation agreement (art. 13)
                require(paymentOrderObjected && !lawsuitFiled, RuleCode.WRONG_STAGE, null, "already in litigation");
                require(basis == null || basis == DirectSuitBasis.MEDIATION_AGREEMENT,
                        RuleCode.DIRECT_SUIT_BASIS_REQUIRED, "directSuitBasis", "basis " + basis);
            }
        }
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
    }

    @EventSourcingHandler
    void on(ArbitralAwardIssued e) {
        awardNo = e.awardNo();
        awardReceivedOn = e.occurredOn();
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
        }
    }

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        instrumentKind = e.instrumentKind();
        instrumentNo = e.documentNo();
        performanceDue = e.performanceDue();
    }
}
