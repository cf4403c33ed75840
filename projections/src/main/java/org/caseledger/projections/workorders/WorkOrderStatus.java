package org.caseledger.projections.workorders;

/** Where a work order stands, and so which body must act next (see {@link WorkOrderState#actionBody()}). */
public enum WorkOrderStatus {
    /** 待分派: with the body that took it in or signed for it, not yet answered. */
    IN_HAND,
    /** 待签收: dispatched, waiting for the body below to sign for it or send it back. */
    AWAITING_SIGNING,
    /** 转办中: handed to a department, waiting for its answer. */
    TRANSFERRED,
    /** 待回访: the worker was answered; the platform calls back and closes. */
    REPLIED,
    /** 已办结 */
    CLOSED
}
