package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 执行和解: a settlement that suspends enforcement (执行和解规定 art. 2); its agreed last day of performance restarts
 * the two years for resuming the original instrument if it is broken (民事诉讼法解释 art. 466; 执行和解规定 art. 10).
 */
public record RecordEnforcementSettlement(
        @TargetAggregateIdentifier CaseId caseId,
        String terms,
        LocalDate lastPerformanceDay,
        LocalDate occurredOn) implements DatedCommand {

    public RecordEnforcementSettlement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(terms, "terms");
        require(lastPerformanceDay == null || !lastPerformanceDay.isBefore(occurredOn), RuleCode.PROMISE_DATE_NOT_AFTER_MADE,
                "lastPerformanceDay", null);
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public RecordEnforcementSettlement(CaseId caseId, String terms, LocalDate occurredOn) {
        this(caseId, terms, null, occurredOn);
    }

}
