package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The court ruled on the application to set award {@code awardNo} aside; when it did, a suit is due by {@code suitDueOn}. */
public record SetAsideRuled(
        CaseId caseId,
        String documentNo,
        String awardNo,
        boolean setAside,
        LocalDate suitDueOn,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public SetAsideRuled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return setAside && suitDueOn != null ? List.of(Deadline.of(DeadlineKind.SUIT_AFTER_SET_ASIDE, documentNo, suitDueOn)) : List.of();
    }

    @Override
    public Description describe() {
        return Description.step("SetAsideRuled", text(documentNo), flag(setAside), day(suitDueOn));
    }
}
