package org.caseledger.core.litigation;

/** How a wage claim reaches a court: which stage the suit is filed from decides what it needs. */
public enum SuitRoute {
    /** Straight to court, from negotiation: only on a ground that needs no arbitration first. */
    DIRECT,
    /** After arbitration: an award (within 15 days of receiving it) or no award in time. */
    AFTER_ARBITRATION,
    /** After the debtor objected to a payment order: a suit on the mediation agreement. */
    AFTER_PAYMENT_ORDER,
    /** After the court ruled not to enforce the award (劳动争议解释(一) art. 24 ¶2): within 30 days. */
    AFTER_NON_ENFORCEMENT
}
