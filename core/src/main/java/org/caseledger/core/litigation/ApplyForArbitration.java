package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 申请仲裁 (劳动争议调解仲裁法 art. 27: within a year of the end of employment). */
public record ApplyForArbitration(
        @TargetAggregateIdentifier CaseId caseId,
        String commission,
        LocalDate occurredOn) implements DatedCommand {

    public ApplyForArbitration {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(commission, "commission");
    }
}
