package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 解除冻结: the court lifted a freeze (paid, settled, security given, or the property released). */
public record LiftFreeze(
        @TargetAggregateIdentifier CaseId caseId,
        FreezeId freezeId,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public LiftFreeze {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
