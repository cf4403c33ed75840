package org.caseledger.core.enforcement;

/** Sub-states of the ENFORCEMENT stage. */
public enum EnforcementState {
    FILED,
    INVESTIGATING,
    MEASURES,
    /** 执行和解: enforcement suspended while the settlement is performed. */
    SETTLED,
    /** 终结本次执行 (终本) */
    ROUND_TERMINATED,
    RESUMED
}
