package org.caseledger.core.money;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A claim amount was re-verified; the previous amount stays in the history. */
public record ClaimAmountRevised(
        CaseId caseId,
        ClaimantId claimantId,
        Money previous,
        Money revised,
        String reason,
        LocalDate occurredOn) implements WageCaseEvent {

    public ClaimAmountRevised {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("ClaimAmountRevised", claimant(claimantId), money(previous), money(revised), text(reason));
    }
}
