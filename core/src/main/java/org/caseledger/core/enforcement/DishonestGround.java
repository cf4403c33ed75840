package org.caseledger.core.enforcement;

/** Grounds for the dishonest-debtor list (失信被执行人名单规定 art. 1). */
public enum DishonestGround {
    ABLE_BUT_REFUSES,
    OBSTRUCTS_EXECUTION,
    EVADES_BY_FAKE_LITIGATION_OR_HIDING_ASSETS,
    BREACHES_ASSET_REPORT_DUTY,
    BREACHES_CONSUMPTION_RESTRICTION,
    REFUSES_SETTLEMENT_WITHOUT_REASON;

    /**
     * 失信被执行人名单规定 art. 2: ground 1 has no fixed term (the debtor stays listed until it performs); grounds 2-6 list
     * for 2 years, 3 to 5 when serious or repeated.
     */
    public boolean hasFixedTerm() {
        return this != ABLE_BUT_REFUSES;
    }

    /** Whether a term of so many years (null: none) is one the rules allow for this ground. */
    public boolean allowsTerm(Integer years) {
        return hasFixedTerm() ? years != null && years >= 2 && years <= 5 : years == null;
    }
}
