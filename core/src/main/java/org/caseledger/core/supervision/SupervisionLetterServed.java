package org.caseledger.core.supervision;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A letter reached its recipient on occurredOn; its reply is due on replyDue, counted from receipt. */
public record SupervisionLetterServed(
        CaseId caseId,
        LetterId letterId,
        LocalDate replyDue,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public SupervisionLetterServed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return replyDue == null ? List.of() : List.of(Deadline.of(DeadlineKind.LETTER_REPLY, letterId, replyDue));
    }

    @Override
    public Description describe() {
        return Description.step("SupervisionLetterServed", text(letterId.value()), flag(replyDue != null), day(replyDue));
    }
}
