package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 付款承诺: an obligor promises to pay an amount by a date (鲁甸: the general contractor, by 2025-05-30). */
public record RecordPaymentPromise(
        @TargetAggregateIdentifier CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        Money amount,
        LocalDate promisedPayDate,
        LocalDate occurredOn) implements DatedCommand {

    public RecordPaymentPromise {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(promisedPayDate, "promisedPayDate");
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(amount.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
        require(promisedPayDate.isAfter(occurredOn), RuleCode.PROMISE_DATE_NOT_AFTER_MADE, "promisedPayDate", null);
    }
}
