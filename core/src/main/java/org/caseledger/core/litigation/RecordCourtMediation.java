package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 民事调解书: the court mediation statement, effective when signed for. */
public record RecordCourtMediation(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        LocalDate occurredOn) {

    public RecordCourtMediation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
