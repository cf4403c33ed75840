package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * Arbitration was applied for; the commission decides within 5 days. {@code commissionRegion}: where it sits, if given;
 * {@code aidFirstReason}: applied for before the legal-aid decision, and why (法律援助法 art. 44).
 */
@Revision("2")
public record ArbitrationApplied(
        CaseId caseId,
        String commission,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate acceptanceDueOn,
        List<CaseWarning> warnings,
        LocalDate occurredOn,
        RegionCode commissionRegion,
        String aidFirstReason) implements WageCaseEvent {

    public ArbitrationApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(commission, "commission");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(acceptanceDueOn, "acceptanceDueOn");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public ArbitrationApplied(CaseId caseId, String commission, List<DeadlineClosure> deadlinesClosed, LocalDate acceptanceDueOn,
                              List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, commission, deadlinesClosed, acceptanceDueOn, warnings, occurredOn, null, null);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.ARBITRATION_ACCEPTANCE, caseId, acceptanceDueOn));
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.ARBITRATION;
    }

    @Override
    public Description describe() {
        return Description.step("ArbitrationApplied", text(commission), flag(aidFirstReason != null), text(aidFirstReason));
    }
}
