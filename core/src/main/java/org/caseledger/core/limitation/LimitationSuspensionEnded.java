package org.caseledger.core.limitation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The cause of a suspension ended; the limitation runs on, to {@code lastDay} (the case's earliest). */
public record LimitationSuspensionEnded(
        CaseId caseId,
        LimitationKind limitation,
        LocalDate lastDay,
        List<Deadline> deadlinesSet,
        LocalDate occurredOn) implements WageCaseEvent {

    public LimitationSuspensionEnded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(lastDay, "lastDay");
        deadlinesSet = List.copyOf(Objects.requireNonNull(deadlinesSet, "deadlinesSet"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("LimitationSuspensionEnded", code(limitation), day(lastDay));
    }
}
