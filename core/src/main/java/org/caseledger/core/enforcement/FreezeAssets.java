package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 冻结: freeze an obligor's property; without an expiry the legal maximum applies. */
public record FreezeAssets(
        @TargetAggregateIdentifier CaseId caseId,
        FreezeId freezeId,
        ObligorId obligorId,
        AssetKind assetKind,
        Money amount,
        LocalDate expiresOn,
        LocalDate occurredOn) implements DatedCommand {

    public FreezeAssets {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(assetKind, "assetKind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        require(amount.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amount", null);
    }
}
