package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Enforcement was applied for, of the instrument {@code documentNo} (null as stored before 0.3: the latest). */
public record EnforcementApplied(
        CaseId caseId,
        String court,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        String documentNo,
        LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public EnforcementApplied(CaseId caseId, String court, List<DeadlineClosure> deadlinesClosed, LocalDate occurredOn) {
        this(caseId, court, deadlinesClosed, List.of(), null, occurredOn);
    }

    /** The fields of 0.2: the instrument not named. */
    public EnforcementApplied(CaseId caseId, String court, List<DeadlineClosure> deadlinesClosed, List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, court, deadlinesClosed, warnings, null, occurredOn);
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.ENFORCEMENT;
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.FILED;
    }

    @Override
    public Description describe() {
        return Description.step("EnforcementApplied", text(court));
    }
}
