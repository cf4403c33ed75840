package org.caseledger.core.authority;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.InspectionPeriods;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.day;

/** The investigation was extended: now due by {@code investigationDueOn} (劳动保障监察条例 art. 17). */
public record InspectionExtended(
        CaseId caseId,
        LocalDate investigationDueOn,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public InspectionExtended {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(investigationDueOn, "investigationDueOn");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.INSPECTION_INVESTIGATION, InspectionPeriods.SUBJECT, investigationDueOn));
    }

    @Override
    public Description describe() {
        return Description.step("InspectionExtended", day(investigationDueOn));
    }
}
