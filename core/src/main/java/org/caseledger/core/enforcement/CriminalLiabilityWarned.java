package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** An obligor was warned of criminal liability. */
public record CriminalLiabilityWarned(
        CaseId caseId,
        ObligorId obligorId,
        String warnedPerson,
        CriminalBasis basis,
        LocalDate occurredOn) implements WageCaseEvent {

    public CriminalLiabilityWarned {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(warnedPerson, "warnedPerson");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.MEASURES;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "CriminalLiabilityWarned", obligor(obligorId), code(basis));
    }
}
