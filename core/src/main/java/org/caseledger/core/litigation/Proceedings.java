package org.caseledger.core.litigation;

import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

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

    public boolean isArbitrationApplied() {
        return arbitrationAppliedOn != null;
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
