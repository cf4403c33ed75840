package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A consumption restriction order was issued. */
public record HighConsumptionRestricted(
        CaseId caseId,
        ObligorId obligorId,
        List<RestrictedPerson> subjects,
        LocalDate occurredOn) implements WageCaseEvent {

    public HighConsumptionRestricted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.MEASURES;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "HighConsumptionRestricted", obligor(obligorId), count(subjects.size()));
    }
}
