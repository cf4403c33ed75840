package org.caseledger.core.wagecase;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.wagecase.CaseStage;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/** The case was reopened in the stage it closed in. */
public record CaseReopened(
        CaseId caseId,
        String reason,
        CaseStage resumedStage,
        LocalDate occurredOn) implements WageCaseEvent {

    public CaseReopened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(resumedStage, "resumedStage");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
