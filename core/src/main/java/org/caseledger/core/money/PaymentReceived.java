package org.caseledger.core.money;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.MoneyReceived;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * A payment was received and allocated; money in the court's account must be paid out within 30 days. The payer is a
 * party, or (wage deposit, emergency fund) an authority named by {@code payerName}; stored before 0.3 always a party.
 */
public record PaymentReceived(
        CaseId caseId,
        PaymentId paymentId,
        ObligorId payerObligorId,
        PaymentChannel channel,
        String payerName,
        Money amount,
        List<ClaimantAmount> allocations,
        LocalDate occurredOn) implements MoneyReceived {

    public PaymentReceived {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(amount, "amount");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout: a party paid. */
    public PaymentReceived(CaseId caseId, PaymentId paymentId, ObligorId payerObligorId, PaymentChannel channel, Money amount,
                           List<ClaimantAmount> allocations, LocalDate occurredOn) {
        this(caseId, paymentId, payerObligorId, channel, null, amount, allocations, occurredOn);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return channel == PaymentChannel.COURT_ESCROW
                ? List.of(Deadline.of(DeadlineKind.DISBURSEMENT, paymentId, occurredOn.plusDays(30)))
                : List.of();
    }

    public Money unallocated() {
        return amount.minus(Money.sum(allocations.stream().map(ClaimantAmount::amount).toList()));
    }

    @Override
    public Description describe() {
        return payerName == null
                ? Description.mark(MarkKind.PAYMENT, "PaymentReceived", money(amount), obligor(payerObligorId), code(channel), count(allocations.size()))
                // the state pays (the wage deposit, the emergency fund): named in words, for a party or none
                : Description.mark(MarkKind.PAYMENT, "PaymentReceived.byAuthority", money(amount), text(payerName), code(channel),
                count(allocations.size()), flag(payerObligorId != null), obligor(payerObligorId));
    }
}
