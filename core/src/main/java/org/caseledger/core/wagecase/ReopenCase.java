package org.caseledger.core.wagecase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** Reopen a closed case, with the reason (e.g. a settlement breached after closure). */
public record ReopenCase(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        LocalDate occurredOn) {

    public ReopenCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
