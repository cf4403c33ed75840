package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/** The current enforcement round was terminated (终本); it can resume at any time. */
public record EnforcementRoundTerminated(
        CaseId caseId,
        LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementRoundTerminated {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
