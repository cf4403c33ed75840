package org.caseledger.core.workorder;

/** The time limits of a work order (see {@link WorkOrderTimeLimits}): to sign for it, to handle it, to call the worker back. */
public enum WorkOrderTimeLimit {
    /** 签收 */
    SIGNING,
    /** 办理: by the handling day of its grade */
    HANDLING,
    /** 回访 */
    CALLBACK
}
