package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** Kinds of property a court freezes, with the longest period one freeze may last (民事诉讼法解释 art. 485). */
public enum AssetKind {
    BANK_DEPOSIT(1),
    MOVABLE_PROPERTY(2),
    REAL_ESTATE(3),
    OTHER_PROPERTY_RIGHT(3),
    /** 农民工工资专用账户 and the wage guarantee deposit: cannot be frozen for other debts (条例 arts. 26, 32, 33). */
    MIGRANT_WAGE_ACCOUNT(0);

    private final int maxYears;

    AssetKind(int maxYears) {
        this.maxYears = maxYears;
    }

    public int maxYears() {
        return maxYears;
    }

    public boolean isFreezable() {
        return maxYears > 0;
    }

    /**
     * The day a freeze of this kind ends: the one asked for, or else the longest the court may order (民诉解释 art. 485:
     * deposits 1 year, movables 2, real estate and other rights 3); a wage account is not frozen (保障农民工工资支付条例 art. 32).
     */
    public LocalDate freezeEnds(LocalDate frozenOn, LocalDate requestedEnd) {
        require(isFreezable(), RuleCode.WAGE_ACCOUNT_NOT_FREEZABLE, "assetKind", null);
        LocalDate longest = frozenOn.plusYears(maxYears);
        LocalDate ends = requestedEnd == null ? longest : requestedEnd;
        require(ends.isAfter(frozenOn) && !ends.isAfter(longest), RuleCode.FREEZE_PERIOD_TOO_LONG, "expiresOn", this + " until " + ends);
        return ends;
    }
}
