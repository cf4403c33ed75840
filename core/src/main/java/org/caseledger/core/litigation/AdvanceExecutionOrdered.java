package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Part of the wages ordered paid in advance of the award or judgment ({@code byCommission}: the commission, else the court). */
public record AdvanceExecutionOrdered(
        CaseId caseId,
        String documentNo,
        boolean byCommission,
        List<ClaimantAmount> amounts,
        LocalDate occurredOn) implements WageCaseEvent {

    public AdvanceExecutionOrdered {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("AdvanceExecutionOrdered", flag(byCommission), money(Money.sum(amounts.stream().map(ClaimantAmount::amount).toList())),
                text(documentNo));
    }
}
