package org.caseledger.core.litigation;

/** What a debtor's objection to a payment order pleads (支付令异议的理由). */
public enum ObjectionGround {
    /** Disputes the debt itself (its existence or amount): a valid objection ends the order (民事诉讼法 art. 228). */
    DISPUTES_DEBT,
    /**
     * Pleads only that it cannot pay, or asks for time or another way to pay: the order stands (民事诉讼法解释 art. 436).
     */
    INABILITY_TO_PAY_ONLY
}
