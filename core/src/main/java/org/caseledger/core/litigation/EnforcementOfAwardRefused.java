package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * The court ruled not to enforce the commission's award or mediation statement (劳动争议解释(一) art. 24): it is no longer
 * an enforceable instrument for its workers ({@code claimantIds}), enforcement ends, and the case goes to court: the worker
 * may sue within 30 days of the ruling ({@code suitDueOn}).
 */
public record EnforcementOfAwardRefused(
        CaseId caseId,
        String documentNo,
        String instrumentNo,
        List<ClaimantId> claimantIds,
        LocalDate suitDueOn,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementOfAwardRefused {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(instrumentNo, "instrumentNo");
        claimantIds = List.copyOf(Objects.requireNonNull(claimantIds, "claimantIds"));
        Objects.requireNonNull(suitDueOn, "suitDueOn");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.SUIT_AFTER_NON_ENFORCEMENT, instrumentNo, suitDueOn));
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.LITIGATION;
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return null;
    }

    @Override
    public Description describe() {
        return Description.step("EnforcementOfAwardRefused", text(instrumentNo), text(documentNo), day(suitDueOn)).alerting();
    }
}
