package org.caseledger.core.money;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * Late interest as of {@code asOf}, per claimant: it replaces any late interest assessed before and is collected after
 * the debt itself (迟延履行利息解释 art. 4).
 */
public record LateInterestAssessed(
        CaseId caseId,
        LocalDate asOf,
        List<ClaimantAmount> amounts,
        LocalDate occurredOn) implements WageCaseEvent {

    public LateInterestAssessed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(asOf, "asOf");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("LateInterestAssessed", day(asOf), money(Money.sum(amounts.stream().map(ClaimantAmount::amount).toList())),
                count(amounts.size()));
    }
}
