package org.caseledger.core.kernel;

import java.util.Objects;

/** The end of an open deadline, identified by its {@link Deadline#key()}. */
public record DeadlineClosure(String key, DeadlineOutcome outcome) {

    public DeadlineClosure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
    }
}
