package org.caseledger.core.money;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Part of a payment's unallocated rest was allocated. */
public record PaymentAllocated(
        CaseId caseId,
        PaymentId paymentId,
        List<ClaimantAmount> allocations,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentAllocated {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(paymentId, "paymentId");
        allocations = List.copyOf(Objects.requireNonNull(allocations, "allocations"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.PAYMENT, "PaymentAllocated", text(paymentId.value()),
                money(Money.sum(allocations.stream().map(ClaimantAmount::amount).toList())), count(allocations.size()));
    }
}
