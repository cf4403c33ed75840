package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 达成调解协议: per-claimant agreed amounts and the obligor's promised pay date. */
public record RecordMediationAgreement(
        @TargetAggregateIdentifier CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        List<ClaimantAmount> agreedAmounts,
        LocalDate promisedPayDate,
        String reductionReason,
        LocalDate occurredOn,
        MediatorKind mediator,
        Boolean wagesOnly) implements DatedCommand {

    public RecordMediationAgreement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(obligorId, "obligorId");
        agreedAmounts = List.copyOf(Objects.requireNonNull(agreedAmounts, "agreedAmounts"));
        Objects.requireNonNull(promisedPayDate, "promisedPayDate");
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(promisedPayDate.isAfter(occurredOn), RuleCode.PROMISE_DATE_NOT_AFTER_MADE, "promisedPayDate", null);
    }

    /** Mediated by the union, on what the amounts' kinds say (wages only when every amount is 劳动报酬). */
    public RecordMediationAgreement(CaseId caseId, PromiseId promiseId, ObligorId obligorId, List<ClaimantAmount> agreedAmounts,
                                    LocalDate promisedPayDate, String reductionReason, LocalDate occurredOn) {
        this(caseId, promiseId, obligorId, agreedAmounts, promisedPayDate, reductionReason, occurredOn, null, null);
    }
}
