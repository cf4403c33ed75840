package org.caseledger.core.enforcement;

/** Grounds for the dishonest-debtor list (失信被执行人名单规定 art. 1). */
public enum DishonestGround {
    ABLE_BUT_REFUSES,
    OBSTRUCTS_EXECUTION,
    EVADES_BY_FAKE_LITIGATION_OR_HIDING_ASSETS,
    BREACHES_ASSET_REPORT_DUTY,
    BREACHES_CONSUMPTION_RESTRICTION,
    REFUSES_SETTLEMENT_WITHOUT_REASON
}
