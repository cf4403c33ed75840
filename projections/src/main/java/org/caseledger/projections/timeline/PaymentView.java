package org.caseledger.projections.timeline;

import org.caseledger.core.money.PaymentReceived;

import java.time.LocalDate;

/** Part of a case's timeline (see {@link CaseTimeline}). */
public class PaymentView {
    public String paymentId;
    public String payerObligorId;
    public String channel;
    /** The authority that paid, for money from the wage deposit or the emergency fund. */
    public String payerName;
    public long amountFen;
    public long allocatedFen;
    public long refundedFen;
    public LocalDate receivedOn;

    static PaymentView received(PaymentReceived p) {
        PaymentView v = new PaymentView();
        v.paymentId = p.paymentId().value();
        v.payerObligorId = p.payerObligorId() == null ? null : p.payerObligorId().value();
        v.payerName = p.payerName();
        v.channel = p.channel().name();
        v.amountFen = p.amount().fen();
        v.receivedOn = p.occurredOn();
        return v;
    }
}
