package org.caseledger.core.lifecycle;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The case was reopened in the stage it closed in. */
public record CaseReopened(
        CaseId caseId,
        String reason,
        CaseStage resumedStage,
        LocalDate occurredOn) implements WageCaseEvent {

    public CaseReopened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(resumedStage, "resumedStage");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return resumedStage;
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return resumedStage == CaseStage.ENFORCEMENT ? EnforcementState.RESUMED : current;
    }

    @Override
    public Description describe() {
        return Description.step("CaseReopened", text(reason));
    }
}
