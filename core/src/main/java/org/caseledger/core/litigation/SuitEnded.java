package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * A suit after arbitration ended by a ruling ({@code ending}): no suit goes on, and the award stands. {@code setAsideDueOn}:
 * for a final award, the last day of the employer's 30 days to apply to set it aside, counted from its receipt of the
 * ruling (劳动争议解释(一) arts. 18(二), 21 ¶2); null otherwise.
 */
public record SuitEnded(
        CaseId caseId,
        SuitEnding ending,
        PartySide side,
        String documentNo,
        LocalDate employerReceivedOn,
        LocalDate setAsideDueOn,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public SuitEnded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(side, "side");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("SuitEnded", code(side), code(ending), text(documentNo), day(setAsideDueOn), flag(setAsideDueOn != null),
                flag(documentNo != null && !documentNo.isBlank()));
    }
}
