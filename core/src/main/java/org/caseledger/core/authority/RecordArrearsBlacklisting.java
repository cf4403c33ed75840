package org.caseledger.core.authority;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 拖欠农民工工资失信联合惩戒对象名单: the labour administration listed the obligor for serious wage arrears until
 * {@code listedUntil} (保障农民工工资支付条例 art. 48), restricting its access to public funds, tenders and credit.
 */
public record RecordArrearsBlacklisting(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        String authority,
        LocalDate listedUntil,
        LocalDate occurredOn) implements DatedCommand {

    public RecordArrearsBlacklisting {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(authority, "authority");
        require(listedUntil == null || listedUntil.isAfter(occurredOn), RuleCode.PAY_BY_NOT_AFTER_ORDER, "listedUntil",
                "a listing ends after the day it is made");
    }
}
