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
    /**
     * 农民工工资专用账户 and the wage guarantee deposit: frozen only for the wages of that project's migrant workers
     * (保障农民工工资支付条例 art. 33), which is what a wage case of those workers enforces; a bank account, so 1 year.
     */
    MIGRANT_WAGE_ACCOUNT(1);

    private final int maxYears;

    AssetKind(int maxYears) {
        this.maxYears = maxYears;
    }

    public int maxYears() {
        return maxYears;
    }

    /** The day a freeze ends: the one the court set, or else the longest it may order (民事诉讼法解释 art. 485). */
    public LocalDate freezeEnds(LocalDate frozenOn, LocalDate requestedEnd) {
        LocalDate ends = requestedEnd == null ? longestFrom(frozenOn) : requestedEnd;
        require(ends.isAfter(frozenOn), RuleCode.FREEZE_EXPIRY_NOT_AFTER_FREEZE, "expiresOn", this + " until " + ends);
        return ends;
    }

    /** Deposits 1 year, movables 2, real estate and other rights 3 (民事诉讼法解释 art. 485). */
    public LocalDate longestFrom(LocalDate frozenOn) {
        return frozenOn.plusYears(maxYears);
    }

    /** A freeze (or renewal) from this day until that one is longer than one freeze of this kind may last. */
    public boolean isTooLong(LocalDate from, LocalDate until) {
        return until.isAfter(longestFrom(from));
    }
}
