package org.caseledger.core.money;

import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** Return the unallocated rest of a payment to the payer (an overpayment is refunded, never absorbed). */
public record RefundUnallocatedFunds(
        @TargetAggregateIdentifier CaseId caseId,
        PaymentId paymentId,
        Money amount,
        LocalDate occurredOn) implements DatedCommand {

    public RefundUnallocatedFunds {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
