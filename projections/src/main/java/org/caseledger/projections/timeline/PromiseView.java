package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** Part of a case's timeline (see {@link CaseTimeline}). */
public class PromiseView {
    public String promiseId;
    public String obligorId;
    public long amountFen;
    public LocalDate promisedPayDate;
    public LocalDate madeOn;
    public boolean fromMediationAgreement;
    public String status;
    public LocalDate settledOn;

    static PromiseView made(String id, String obligor, long fen, LocalDate due, LocalDate on, boolean fromAgreement) {
        PromiseView p = new PromiseView();
        p.promiseId = id;
        p.obligorId = obligor;
        p.amountFen = fen;
        p.promisedPayDate = due;
        p.madeOn = on;
        p.fromMediationAgreement = fromAgreement;
        p.status = "OPEN";
        return p;
    }

    void settle(String outcome, LocalDate on) {
        status = outcome;
        settledOn = on;
    }
}
