package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

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

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.RESUMED;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "EnforcementResumed", text(reason));
    }
}
