package org.caseledger.core.limitation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * 时效中止: force majeure or another good cause keeps the right from being exercised (劳动争议调解仲裁法 art. 27 ¶3;
 * 民法典 art. 194); the clock stands still, and the limitation deadline is withdrawn until the cause ends.
 */
public record LimitationSuspended(
        CaseId caseId,
        LimitationKind limitation,
        String reason,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public LimitationSuspended {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(reason, "reason");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("LimitationSuspended", code(limitation), text(reason));
    }
}
