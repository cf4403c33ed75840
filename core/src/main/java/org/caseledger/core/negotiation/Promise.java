package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;

import java.time.LocalDate;

/** A promise to pay (付款承诺), from a mediation agreement or made on its own, and how it stands. */
public record Promise(ObligorId obligorId, Money amount, LocalDate promisedPayDate, boolean fromMediationAgreement,
                      Money paidSince, Status status, LocalDate madeOn, MediatorKind mediator, boolean suableDirectly) {

    public enum Status { OPEN, KEPT, BROKEN }

    Promise paying(Money payment) {
        return new Promise(obligorId, amount, promisedPayDate, fromMediationAgreement, paidSince.plus(payment), status, madeOn, mediator, suableDirectly);
    }

    Promise becoming(Status next) {
        return new Promise(obligorId, amount, promisedPayDate, fromMediationAgreement, paidSince, next, madeOn, mediator, suableDirectly);
    }

    public boolean isFulfilledBy(Money further) {
        return !amount.exceeds(paidSince.plus(further));
    }
}
