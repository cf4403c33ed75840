package org.caseledger.core.kernel;

/**
 * Sub-states of the ENFORCEMENT stage; none (null) outside enforcement. Which events move enforcement between them
 * each event says itself ({@link WageCaseEvent#enforcementStateAfter}).
 */
public enum EnforcementState {
    FILED,
    INVESTIGATING,
    MEASURES,
    /** 执行和解: enforcement suspended while the settlement is performed. */
    SETTLED,
    /** 终结本次执行 (终本) */
    ROUND_TERMINATED,
    RESUMED;

    /** The sub-state after an event (null before enforcement and once the case closes): used by the aggregate and by read models. */
    public static EnforcementState after(EnforcementState current, WageCaseEvent event) {
        return event.enforcementStateAfter(current);
    }
}
