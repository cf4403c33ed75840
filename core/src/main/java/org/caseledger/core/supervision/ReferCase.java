package org.caseledger.core.supervision;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 移送: refer the case or its leads to labour inspection, the procuratorate or another department. */
public record ReferCase(
        @TargetAggregateIdentifier CaseId caseId,
        ReferralTarget target,
        UnionBody referredBy,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public ReferCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(referredBy, "referredBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
        require(target != ReferralTarget.PROCURATORATE || referredBy.level().isCountyOrAbove(), RuleCode.REFERRAL_NEEDS_COUNTY_UNION,
                "referredBy", "level " + referredBy.level());
    }
}
