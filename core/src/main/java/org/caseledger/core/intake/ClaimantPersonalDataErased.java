package org.caseledger.core.intake;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A claimant's personal data was erased: from now on it reads as erased everywhere. Holds no personal data itself. */
public record ClaimantPersonalDataErased(
        CaseId caseId,
        ClaimantId claimantId,
        String reason,
        LocalDate occurredOn) implements WageCaseEvent {

    public ClaimantPersonalDataErased {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("ClaimantPersonalDataErased", claimant(claimantId), text(reason));
    }
}
