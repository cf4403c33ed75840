package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 上诉 against the first-instance judgment, by the workers' side or the employer's ({@code side}; null: not said). */
public record RecordAppeal(
        @TargetAggregateIdentifier CaseId caseId,
        String appellant,
        PartySide side,
        LocalDate occurredOn) {

    public RecordAppeal {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(appellant, "appellant");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public RecordAppeal(CaseId caseId, String appellant, LocalDate occurredOn) {
        this(caseId, appellant, null, occurredOn);
    }
}
