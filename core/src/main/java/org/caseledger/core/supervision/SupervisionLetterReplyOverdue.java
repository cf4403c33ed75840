package org.caseledger.core.supervision;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A letter's reply went overdue; occurredOn is the day after the due date. */
public record SupervisionLetterReplyOverdue(
        CaseId caseId,
        LetterId letterId,
        LocalDate replyDue,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public SupervisionLetterReplyOverdue {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(replyDue, "replyDue");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.REPLY, "SupervisionLetterReplyOverdue", text(letterId.value()), day(replyDue)).alerting();
    }
}
