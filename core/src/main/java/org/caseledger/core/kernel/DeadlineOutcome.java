package org.caseledger.core.kernel;

/** How a deadline ended. */
public enum DeadlineOutcome {
    MET,
    MISSED,
    /** No longer relevant, e.g. the case closed or the freeze was lifted. */
    CANCELLED
}
