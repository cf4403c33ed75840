package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 起诉: after an award, after a failed payment order, or directly with a stated basis. */
public record FileLawsuit(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        DirectSuitBasis directSuitBasis,
        LocalDate occurredOn) {

    public FileLawsuit {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
