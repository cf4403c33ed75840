package org.caseledger.core.wagecase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 结案, with the reason. */
public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        CloseReason reason,
        String note,
        LocalDate occurredOn) {

    public CloseCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
