package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/** The debtor objected to the payment order. */
public record PaymentOrderObjected(
        CaseId caseId,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentOrderObjected {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
