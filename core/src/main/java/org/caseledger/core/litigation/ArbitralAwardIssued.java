package org.caseledger.core.litigation;

import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An award was received; a suit against it is due within 15 days (arts. 48, 50). */
@Revision("2")
public record ArbitralAwardIssued(
        CaseId caseId,
        String awardNo,
        List<AwardItem> items,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate suitDueOn,
        LocalDate occurredOn) implements WageCaseEvent {

    public ArbitralAwardIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(awardNo, "awardNo");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(suitDueOn, "suitDueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.SUIT_AFTER_AWARD, awardNo, suitDueOn));
    }
}
