package org.caseledger.core.money;

/** How money reached the claimants' side. */
public enum PaymentChannel {
    /** Paid by the obligor directly. */
    DIRECT,
    /** Into the court's enforcement account (执行款专户); to be paid out within 30 days. */
    COURT_ESCROW,
    /** The general contractor paying for its subcontractor (保障农民工工资支付条例 art. 30). */
    CONTRACTOR_ON_BEHALF,
    /** 人社 drawing on the general contractor's wage deposit (工资保证金, 保障农民工工资支付条例 arts. 32-33). */
    WAGE_DEPOSIT,
    /** The local government's emergency wage fund advancing part of the wages (应急周转金, 条例 art. 63). */
    EMERGENCY_FUND;

    /** Whether the money comes from the state rather than from a party, so the payer is named in words. */
    public boolean paidByAuthority() {
        return this == WAGE_DEPOSIT || this == EMERGENCY_FUND;
    }
}
