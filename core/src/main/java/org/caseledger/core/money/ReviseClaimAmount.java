package org.caseledger.core.money;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.RuleCode;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 核定金额: re-verify one claimant's claim (e.g. after re-measuring work quantities): the item of kind {@code component}
 * (by default the unpaid wages) is now {@code revised}; a kind the claim did not have is added to it.
 */
public record ReviseClaimAmount(
        @TargetAggregateIdentifier CaseId caseId,
        ClaimantId claimantId,
        Money revised,
        AmountComponent component,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public ReviseClaimAmount {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
        component = component == null ? AmountComponent.PRINCIPAL : component;
        require(component.isClaimable(), RuleCode.CLAIM_ITEM_NOT_CLAIMABLE, "component", null);
    }

    /** The unpaid wages revised. */
    public ReviseClaimAmount(CaseId caseId, ClaimantId claimantId, Money revised, String reason, LocalDate occurredOn) {
        this(caseId, claimantId, revised, null, reason, occurredOn);
    }
}
