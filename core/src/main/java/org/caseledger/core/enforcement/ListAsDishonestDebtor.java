package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 纳入失信被执行人名单: on ground 1 without a fixed term (years absent); on grounds 2-6 for 2 years, or 3 to 5 when
 * serious (失信被执行人名单规定 art. 2). The court's decision is recorded as made; a term that does not fit is flagged.
 */
public record ListAsDishonestDebtor(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        DishonestGround ground,
        Integer years,
        LocalDate occurredOn) implements DatedCommand {

    public ListAsDishonestDebtor {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(years == null || years > 0 && years <= 5, RuleCode.DISHONEST_PERIOD_INVALID, "years", years + " years");
    }
}
