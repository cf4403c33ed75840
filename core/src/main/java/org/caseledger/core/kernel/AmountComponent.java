package org.caseledger.core.kernel;

/** Parts of an enforceable amount; only PRINCIPAL is bounded by the claim (legal-basis §6.5 rule 3). */
public enum AmountComponent {
    PRINCIPAL,
    /** 迟延履行加倍利息 (民事诉讼法 art. 264) */
    LATE_INTEREST,
    /** 加付赔偿金, 50-100% (劳动合同法 art. 85) */
    ADDITIONAL_COMPENSATION,
    /** 经济补偿 */
    SEVERANCE
}
