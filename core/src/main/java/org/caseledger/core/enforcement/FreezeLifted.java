package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A freeze was lifted; what it held no longer counts as frozen. */
public record FreezeLifted(
        CaseId caseId,
        FreezeId freezeId,
        String reason,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public FreezeLifted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(reason, "reason");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("FreezeLifted", text(freezeId.value()), text(reason));
    }
}
