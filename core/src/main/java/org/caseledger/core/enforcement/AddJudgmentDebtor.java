package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 追加被执行人: add a party (e.g. the controlling parent) as judgment debtor, on a ground citing its article. */
public record AddJudgmentDebtor(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        String name,
        AdditionGround ground,
        Money liabilityCap,
        LocalDate appliedOn,
        LocalDate occurredOn) implements DatedCommand {

    public AddJudgmentDebtor {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(appliedOn, "appliedOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(name, "name");
        ground.checkLiabilityCap(liabilityCap);
        require(!appliedOn.isAfter(occurredOn), RuleCode.DATE_IN_FUTURE, "appliedOn", "the ruling cannot precede the application");
    }
}
