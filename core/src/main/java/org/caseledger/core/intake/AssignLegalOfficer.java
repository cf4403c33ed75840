package org.caseledger.core.intake;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 指派: assign (or reassign) the legal-aid officer of the case. */
public record AssignLegalOfficer(
        @TargetAggregateIdentifier CaseId caseId,
        String officerId,
        String officerName,
        LocalDate occurredOn) implements DatedCommand {

    public AssignLegalOfficer {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(officerId, "officerId");
        requireText(officerName, "officerName");
    }
}
