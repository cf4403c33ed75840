package org.caseledger.core.money;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Money was paid out to a claimant. */
public record FundsDisbursed(
        CaseId caseId,
        ClaimantId claimantId,
        Money amount,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public FundsDisbursed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(amount, "amount");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.DISBURSEMENT, "FundsDisbursed", money(amount), claimant(claimantId));
    }
}
