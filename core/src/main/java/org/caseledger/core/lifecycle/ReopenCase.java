package org.caseledger.core.lifecycle;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** Reopen a closed case, with the reason (e.g. a settlement breached after closure). */
public record ReopenCase(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public ReopenCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
