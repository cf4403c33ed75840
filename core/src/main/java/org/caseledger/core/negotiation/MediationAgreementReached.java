package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A mediation agreement was reached; its promised pay date is a deadline. */
public record MediationAgreementReached(
        CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        List<ClaimantAmount> agreedAmounts,
        LocalDate promisedPayDate,
        String reductionReason,
        LocalDate occurredOn,
        MediatorKind mediator,
        Boolean wagesOnly) implements WageCaseEvent {

    public MediationAgreementReached {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(obligorId, "obligorId");
        agreedAmounts = List.copyOf(Objects.requireNonNull(agreedAmounts, "agreedAmounts"));
        Objects.requireNonNull(promisedPayDate, "promisedPayDate");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.PROMISED_PAYMENT, promiseId, promisedPayDate));
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.NEGOTIATION;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.PROMISE, "MediationAgreementReached",
                money(Money.sum(agreedAmounts.stream().map(ClaimantAmount::amount).toList())), day(promisedPayDate), obligor(obligorId));
    }

    /** As stored before 0.4: who mediated and whether only wages were agreed unknown (read as the union, wages only). */
    public MediationAgreementReached(CaseId caseId, PromiseId promiseId, ObligorId obligorId, List<ClaimantAmount> agreedAmounts,
                                     LocalDate promisedPayDate, String reductionReason, LocalDate occurredOn) {
        this(caseId, promiseId, obligorId, agreedAmounts, promisedPayDate, reductionReason, occurredOn, null, null);
    }

    /** Whether the worker may sue on it directly once broken (劳动争议解释(一) art. 51 ¶2); unknown (before 0.4): yes. */
    public boolean mayBeSuedOnDirectly() {
        return (mediator == null || mediator.isArticle10Body()) && (wagesOnly == null || wagesOnly);
    }
}
