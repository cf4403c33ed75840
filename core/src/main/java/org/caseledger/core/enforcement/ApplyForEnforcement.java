package org.caseledger.core.enforcement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 申请执行 on the effective instrument (民事诉讼法 art. 250: within 2 years). */
public record ApplyForEnforcement(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        LocalDate occurredOn) {

    public ApplyForEnforcement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
