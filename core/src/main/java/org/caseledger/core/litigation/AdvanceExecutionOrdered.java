package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
}
