package org.caseledger.core.money;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 收款: money received, allocated per claimant (the rest stays unallocated). It comes from a party
 * ({@code payerObligorId}), or through a channel of the state that is no party: the wage deposit drawn by 人社
 * (工资保证金, 保障农民工工资支付条例 art. 32; {@code payerObligorId} then names the general contractor whose deposit it
 * is, if known) or the local emergency wage fund (应急周转金, art. 63; no obligor). {@code payerName} names the
 * authority that paid for those two.
 */
public record RecordPayment(
        @TargetAggregateIdentifier CaseId caseId,
        PaymentId paymentId,
        ObligorId payerObligorId,
        PaymentChannel channel,
        String payerName,
        Money amount,
        List<ClaimantAmount> allocations,
        LocalDate occurredOn) implements DatedCommand {

    public RecordPayment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(amount, "amount");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
    }

    /** A payment by a party. */
    public RecordPayment(CaseId caseId, PaymentId paymentId, ObligorId payerObligorId, PaymentChannel channel, Money amount,
                         List<ClaimantAmount> allocations, LocalDate occurredOn) {
        this(caseId, paymentId, payerObligorId, channel, null, amount, allocations, occurredOn);
    }
}
