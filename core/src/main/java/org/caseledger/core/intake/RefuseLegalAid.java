package org.caseledger.core.intake;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 不予援助: refuse legal aid; the case closes as REFUSED. */
public record RefuseLegalAid(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public RefuseLegalAid {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
