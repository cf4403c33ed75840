package org.caseledger.core.money;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.ClaimantAmount;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** Allocate the unallocated rest of a payment to claimants. */
public record AllocatePayment(
        @TargetAggregateIdentifier CaseId caseId,
        PaymentId paymentId,
        List<ClaimantAmount> allocations,
        LocalDate occurredOn) implements DatedCommand {

    public AllocatePayment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(paymentId, "paymentId");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(!allocations.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "allocations", "allocate at least one amount");
    }
}
