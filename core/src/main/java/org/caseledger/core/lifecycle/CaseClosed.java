package org.caseledger.core.lifecycle;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The case closed; its open deadlines end with it. */
public record CaseClosed(
        CaseId caseId,
        CloseReason reason,
        String note,
        CaseStage closedInStage,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public CaseClosed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedInStage, "closedInStage");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.CLOSED;
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return null; // a closed case has no enforcement going on
    }

    @Override
    public Description describe() {
        return Description.step("CaseClosed", code(reason));
    }
}
