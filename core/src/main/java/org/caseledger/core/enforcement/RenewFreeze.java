package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 续行冻结: the court renewed a freeze until a new day (民事诉讼法解释 art. 485: renewed before it expires). */
public record RenewFreeze(
        @TargetAggregateIdentifier CaseId caseId,
        FreezeId freezeId,
        LocalDate expiresOn,
        LocalDate occurredOn) implements DatedCommand {

    public RenewFreeze {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(expiresOn.isAfter(occurredOn), RuleCode.FREEZE_EXPIRY_NOT_AFTER_FREEZE, "expiresOn", null);
    }
}
