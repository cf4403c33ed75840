package org.caseledger.core.enforcement;

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
}
