package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/** Enforcement resumed. */
public record EnforcementResumed(
        CaseId caseId,
        String reason,
        LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementResumed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
