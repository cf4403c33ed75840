package org.caseledger.core.limitation;

/** The two clocks a wage case races against. */
public enum LimitationKind {
    /** 仲裁时效: one year, per claimant (劳动争议调解仲裁法 art. 27). */
    ARBITRATION,
    /** 申请执行时效: two years from the last day of performance (民事诉讼法 art. 250). */
    ENFORCEMENT
}
