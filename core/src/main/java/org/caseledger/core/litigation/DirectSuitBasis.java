package org.caseledger.core.litigation;

/** Why a suit may skip arbitration (劳动争议解释(一) arts. 13, 15, 51). */
public enum DirectSuitBasis {
    /** 工资欠条: a wage IOU, claiming only the wages (art. 15). */
    WAGE_IOU,
    /**
     * A mediation agreement on wages only that the employer broke (art. 51 ¶2), or on which a payment order failed
     * (art. 13 ¶2).
     */
    MEDIATION_AGREEMENT,
    /** 劳务: no employment relationship, e.g. workers past retirement age. */
    LABOUR_SERVICE
}
