package org.caseledger.core.intake;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 决定援助: grant legal aid (法律援助法 art. 43: within 7 days of the application). */
public record GrantLegalAid(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate occurredOn) implements DatedCommand {

    public GrantLegalAid {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
