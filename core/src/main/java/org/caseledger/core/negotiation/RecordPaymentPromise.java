package org.caseledger.core.negotiation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 付款承诺: an obligor promises to pay an amount by a date (鲁甸: the general contractor, by 2025-05-30). */
public record RecordPaymentPromise(
        @TargetAggregateIdentifier CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        Money amount,
        LocalDate promisedPayDate,
        LocalDate occurredOn) {

    public RecordPaymentPromise {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(promisedPayDate, "promisedPayDate");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
