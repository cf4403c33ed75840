package org.caseledger.core.lifecycle;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 结案, with the reason. */
public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        CloseReason reason,
        String note,
        LocalDate occurredOn) implements DatedCommand {

    public CloseCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(reason != CloseReason.REFUSED, RuleCode.CLOSE_REASON_NOT_ALLOWED, "reason", null);
    }
}
