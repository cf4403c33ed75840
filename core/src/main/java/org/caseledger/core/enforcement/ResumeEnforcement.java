package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 恢复执行: after a breached settlement or new asset leads after 终本. */
public record ResumeEnforcement(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public ResumeEnforcement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
