package org.caseledger.core.workorder;

/** What the worker asks for (诉求类别). */
public enum WorkOrderCategory {
    /** 咨询 */
    CONSULTATION,
    /** 求决: a problem to be solved */
    DEMAND,
    /** 投诉 */
    COMPLAINT,
    /** 法律援助 */
    LEGAL_AID,
    /** 意见建议 */
    SUGGESTION
}
