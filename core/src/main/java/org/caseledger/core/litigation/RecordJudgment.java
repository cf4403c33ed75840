package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 判决: a judgment, served on occurredOn. */
public record RecordJudgment(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        CourtInstance instance,
        LocalDate occurredOn) {

    public RecordJudgment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
