package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 上诉 against the first-instance judgment. */
public record RecordAppeal(
        @TargetAggregateIdentifier CaseId caseId,
        String appellant,
        LocalDate occurredOn) {

    public RecordAppeal {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(appellant, "appellant");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
