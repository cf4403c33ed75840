package org.caseledger.core.intake;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** Add a claimant to an open case. */
public record AddClaimant(
        @TargetAggregateIdentifier CaseId caseId,
        NewClaimant claimant,
        LocalDate occurredOn) implements DatedCommand {

    public AddClaimant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
