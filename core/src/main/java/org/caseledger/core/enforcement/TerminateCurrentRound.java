package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 终结本次执行 (终本): no assets found after 3 months, a 限消令 and a full search. */
public record TerminateCurrentRound(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate occurredOn) implements DatedCommand {

    public TerminateCurrentRound {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
