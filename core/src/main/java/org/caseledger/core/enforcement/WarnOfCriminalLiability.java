package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 告知刑事责任: warn an obligor (and the person answering for it) of criminal liability. */
public record WarnOfCriminalLiability(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        String warnedPerson,
        CriminalBasis basis,
        LocalDate occurredOn) implements DatedCommand {

    public WarnOfCriminalLiability {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(warnedPerson, "warnedPerson");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(warnedPerson, "warnedPerson");
    }
}
