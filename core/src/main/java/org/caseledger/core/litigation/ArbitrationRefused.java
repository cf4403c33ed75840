package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.WageCaseEvent;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The commission refused to accept the application: the road to court is open (劳动争议调解仲裁法 art. 29). */
public record ArbitrationRefused(
        CaseId caseId,
        String reason,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public ArbitrationRefused {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("ArbitrationRefused", text(reason));
    }
}
