package org.caseledger.core.enforcement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/** 恢复执行: the cause of the suspension ended and enforcement goes on from occurredOn. */
public record EndEnforcementSuspension(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate occurredOn) implements DatedCommand {

    public EndEnforcementSuspension {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
