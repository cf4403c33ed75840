package org.caseledger.core.money;

/** How money reached the claimants' side. */
public enum PaymentChannel {
    /** Paid by the obligor directly. */
    DIRECT,
    /** Into the court's enforcement account (执行款专户); to be paid out within 30 days. */
    COURT_ESCROW,
    /** The general contractor paying for its subcontractor (保障农民工工资支付条例 art. 30). */
    CONTRACTOR_ON_BEHALF
}
