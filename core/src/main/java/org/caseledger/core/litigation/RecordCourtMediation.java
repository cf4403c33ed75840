package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 民事调解书: the court mediation statement, effective when signed for. */
public record RecordCourtMediation(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordCourtMediation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
    }
}
