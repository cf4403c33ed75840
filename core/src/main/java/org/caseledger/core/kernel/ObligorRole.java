package org.caseledger.core.kernel;

/** What an obligor (义务人) is to the workers. */
public enum ObligorRole {
    EMPLOYER,
    /** 施工总承包单位: pays migrant workers first (保障农民工工资支付条例 art. 30). */
    GENERAL_CONTRACTOR,
    /** 劳务分包 */
    LABOUR_SUBCONTRACTOR,
    /** 追加的被执行人, e.g. the parent that controls a shell employer. */
    ADDED_JUDGMENT_DEBTOR
}
