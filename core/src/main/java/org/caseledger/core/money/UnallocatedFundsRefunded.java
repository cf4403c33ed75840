package org.caseledger.core.money;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Unallocated money was returned to the payer. */
public record UnallocatedFundsRefunded(
        CaseId caseId,
        PaymentId paymentId,
        Money amount,
        LocalDate occurredOn) implements WageCaseEvent {

    public UnallocatedFundsRefunded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("UnallocatedFundsRefunded", money(amount), text(paymentId.value()));
    }
}
