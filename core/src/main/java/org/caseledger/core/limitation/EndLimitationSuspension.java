package org.caseledger.core.limitation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** Records the day the cause of a suspension ended; the limitation runs on from it. */
public record EndLimitationSuspension(
        @TargetAggregateIdentifier CaseId caseId,
        LimitationKind limitation,
        LocalDate occurredOn) implements DatedCommand {

    public EndLimitationSuspension {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
