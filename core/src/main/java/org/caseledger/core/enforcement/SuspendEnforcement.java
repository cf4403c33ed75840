package org.caseledger.core.enforcement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/** 中止执行 / 暂缓执行: the court suspended enforcement on occurredOn, for {@code cause}. */
public record SuspendEnforcement(
        @TargetAggregateIdentifier CaseId caseId,
        SuspensionCause cause,
        LocalDate occurredOn) implements DatedCommand {

    public SuspendEnforcement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
