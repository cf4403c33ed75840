package org.caseledger.core.money;

import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** 收款: money received from a party, allocated per claimant (the rest stays unallocated). */
public record RecordPayment(
        @TargetAggregateIdentifier CaseId caseId,
        PaymentId paymentId,
        ObligorId payerObligorId,
        PaymentChannel channel,
        Money amount,
        List<ClaimantAmount> allocations,
        LocalDate occurredOn) {

    public RecordPayment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(payerObligorId, "payerObligorId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(amount, "amount");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
