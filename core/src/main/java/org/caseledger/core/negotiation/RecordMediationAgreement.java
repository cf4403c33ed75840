package org.caseledger.core.negotiation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** 达成调解协议: per-claimant agreed amounts and the obligor's promised pay date. */
public record RecordMediationAgreement(
        @TargetAggregateIdentifier CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        List<ClaimantAmount> agreedAmounts,
        LocalDate promisedPayDate,
        String reductionReason,
        LocalDate occurredOn) {

    public RecordMediationAgreement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(obligorId, "obligorId");
        agreedAmounts = List.copyOf(Objects.requireNonNull(agreedAmounts, "agreedAmounts"));
        Objects.requireNonNull(promisedPayDate, "promisedPayDate");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
