package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.WageCaseEvent;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The award is now due on {@code extendedTo}; flagged when the extension is longer than 15 days or repeated (art. 43). */
public record AwardPeriodExtended(
        CaseId caseId,
        LocalDate extendedTo,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public AwardPeriodExtended {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(extendedTo, "extendedTo");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.ARBITRAL_AWARD, caseId, extendedTo));
    }

    @Override
    public Description describe() {
        return Description.step("AwardPeriodExtended", day(extendedTo));
    }
}
