package org.caseledger.core.supervision;

/** Where a case or its leads are referred. */
public enum ReferralTarget {
    /** 人社 劳动保障监察 */
    LABOUR_INSPECTION,
    /** 检察院: support for the suit, 检察建议 */
    PROCURATORATE,
    OTHER_DEPARTMENT
}
