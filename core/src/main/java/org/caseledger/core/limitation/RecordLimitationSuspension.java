package org.caseledger.core.limitation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** Records that a limitation stands suspended from this day, and why (劳动争议调解仲裁法 art. 27 ¶3; 民法典 art. 194). */
public record RecordLimitationSuspension(
        @TargetAggregateIdentifier CaseId caseId,
        LimitationKind limitation,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public RecordLimitationSuspension {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
