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
    RESUMED;

    /** The sub-state after an event (null before enforcement): used by the aggregate and by read models. */
    public static EnforcementState after(EnforcementState current, org.caseledger.core.kernel.WageCaseEvent event) {
        if (event instanceof EnforcementApplied) {
            return FILED;
        }
        if (event instanceof AssetSearchCompleted) {
            return current == FILED || current == RESUMED ? INVESTIGATING : current;
        }
        if (event instanceof JudgmentDebtorAdded || event instanceof AssetsFrozen || event instanceof HighConsumptionRestricted
                || event instanceof DishonestDebtorListed || event instanceof CriminalLiabilityWarned) {
            return MEASURES;
        }
        if (event instanceof EnforcementSettlementReached) {
            return SETTLED;
        }
        if (event instanceof EnforcementRoundTerminated) {
            return ROUND_TERMINATED;
        }
        if (event instanceof EnforcementResumed) {
            return RESUMED;
        }
        return current;
    }
}
