package org.caseledger.core.authority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/** 人社 decided to pay the wages owed out of the general contractor's wage deposit (工资保证金, 保障农民工工资支付条例 art. 32); the money is then recorded as a payment. */
public record RecordWageDepositDrawn(
        @TargetAggregateIdentifier CaseId caseId,
        String authority,
        org.caseledger.core.kernel.ObligorId obligorId,
        org.caseledger.core.kernel.Money amount,
        LocalDate occurredOn) implements DatedCommand {

    public RecordWageDepositDrawn {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(authority, "authority");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(authority, "authority");
        Objects.requireNonNull(amount, "amount");
        org.caseledger.core.kernel.CaseRuleViolation.require(amount.isPositive(), org.caseledger.core.kernel.RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
