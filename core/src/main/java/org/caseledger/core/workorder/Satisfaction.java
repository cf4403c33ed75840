package org.caseledger.core.workorder;

/** The worker's rating at the callback (回访满意度). */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    NOT_SATISFIED;

    /** Counted as satisfied in the 满意度 rate. */
    public boolean counts() {
        return this != NOT_SATISFIED;
    }
}
