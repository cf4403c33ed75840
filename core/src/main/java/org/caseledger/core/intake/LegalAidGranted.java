package org.caseledger.core.intake;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Legal aid was granted; an officer is due within 3 days. */
public record LegalAidGranted(
        CaseId caseId,
        List<CaseWarning> warnings,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public LegalAidGranted {
        Objects.requireNonNull(caseId, "caseId");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.OFFICER_ASSIGNMENT, caseId, occurredOn.plusDays(3)));
    }

    @Override
    public Description describe() {
        return Description.step("LegalAidGranted");
    }
}
