package org.caseledger.core.money;

import org.caseledger.core.kernel.AmountComponent;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * A claim amount was re-verified; the previous amount stays in the history. {@code previous} and {@code revised} are the
 * amounts of the kind {@code component}; stored before the kinds were known without it: the claim was one item of unpaid
 * wages, so the two were its total and its wages alike.
 */
public record ClaimAmountRevised(
        CaseId caseId,
        ClaimantId claimantId,
        Money previous,
        Money revised,
        String reason,
        LocalDate occurredOn,
        AmountComponent component) implements WageCaseEvent {

    public ClaimAmountRevised {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        component = component == null ? AmountComponent.PRINCIPAL : component;
    }

    /** The unpaid wages revised (and as stored before the kinds were known). */
    public ClaimAmountRevised(CaseId caseId, ClaimantId claimantId, Money previous, Money revised, String reason, LocalDate occurredOn) {
        this(caseId, claimantId, previous, revised, reason, occurredOn, null);
    }

    @Override
    public Description describe() {
        return Description.step("ClaimAmountRevised", claimant(claimantId), money(previous), money(revised), text(reason), code(component));
    }
}
