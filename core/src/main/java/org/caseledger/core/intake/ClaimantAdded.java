package org.caseledger.core.intake;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/** A claimant joined the case. */
public record ClaimantAdded(
        CaseId caseId,
        NewClaimant claimant,
        LocalDate occurredOn) implements WageCaseEvent {

    public ClaimantAdded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
