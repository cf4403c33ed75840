package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Arbitration was accepted; the award is due within 45 days (art. 43). */
@Revision("2")
public record ArbitrationAccepted(
        CaseId caseId,
        String arbitrationCaseNo,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate awardDueOn,
        LocalDate occurredOn) implements WageCaseEvent {

    public ArbitrationAccepted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(arbitrationCaseNo, "arbitrationCaseNo");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(awardDueOn, "awardDueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.ARBITRAL_AWARD, caseId, awardDueOn));
    }

    @Override
    public Description describe() {
        return Description.step("ArbitrationAccepted", text(arbitrationCaseNo), day(awardDueOn));
    }
}
