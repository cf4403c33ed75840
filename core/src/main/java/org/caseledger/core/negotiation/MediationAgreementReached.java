package org.caseledger.core.negotiation;

import org.caseledger.core.deadline.Deadline;
import org.caseledger.core.deadline.DeadlineKind;
import org.caseledger.core.intake.ObligorId;
import org.caseledger.core.money.ClaimantAmount;
import org.caseledger.core.wagecase.CaseId;
import org.caseledger.core.wagecase.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A mediation agreement was reached; its promised pay date is a deadline. */
public record MediationAgreementReached(
        CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        List<ClaimantAmount> agreedAmounts,
        LocalDate promisedPayDate,
        String reductionReason,
        LocalDate occurredOn) implements WageCaseEvent {

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
}
