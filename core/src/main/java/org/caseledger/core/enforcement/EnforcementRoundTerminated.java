package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import java.util.List;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The current enforcement round was terminated (终本); it can resume at any time. */
public record EnforcementRoundTerminated(
        CaseId caseId,
        List<CaseWarning> warnings,
        List<Deadline> deadlinesSet,
        LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementRoundTerminated {
        Objects.requireNonNull(caseId, "caseId");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        deadlinesSet = deadlinesSet == null ? List.of() : List.copyOf(deadlinesSet);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public EnforcementRoundTerminated(CaseId caseId, LocalDate occurredOn) {
        this(caseId, List.of(), List.of(), occurredOn);
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.ROUND_TERMINATED;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "EnforcementRoundTerminated");
    }
}
