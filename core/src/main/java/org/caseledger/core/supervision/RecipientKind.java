package org.caseledger.core.supervision;

/** Who a supervision letter is addressed to. */
public enum RecipientKind {
    EMPLOYER,
    GENERAL_CONTRACTOR,
    LABOUR_SUBCONTRACTOR,
    /** An obligor added as judgment debtor, or any other obligor of the case. */
    OTHER_OBLIGOR,
    /** 人社 / 劳动保障监察 or another department: the only recipient of a 建议书. */
    GOVERNMENT_DEPARTMENT,
    /** Published openly to the employers of a region (提示函 at key times such as 两节). */
    PUBLIC
}
