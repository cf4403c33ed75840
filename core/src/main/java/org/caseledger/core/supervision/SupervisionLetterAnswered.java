package org.caseledger.core.supervision;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The recipient of a letter answered. */
public record SupervisionLetterAnswered(
        CaseId caseId,
        LetterId letterId,
        ReplyOutcome outcome,
        String summary,
        List<CaseWarning> warnings,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public SupervisionLetterAnswered {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(outcome, "outcome");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.REPLY, "SupervisionLetterAnswered", text(letterId.value()), code(outcome));
    }
}
