package org.caseledger.core.kernel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline set by an event of the case: what kind, which thing it concerns (a letter, a promise, a
 * freeze…) and the day it falls due. The day is the last day to act: it is missed from the next day on.
 */
public record Deadline(DeadlineKind kind, String subject, LocalDate dueOn) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public static Deadline of(DeadlineKind kind, Object subject, LocalDate dueOn) {
        return new Deadline(kind, String.valueOf(subject), dueOn);
    }

    /** Stable key within a case, e.g. {@code LETTER_REPLY:L-2}. */
    public String key() {
        return kind + ":" + subject;
    }

    public boolean isPassedOn(LocalDate day) {
        return day.isAfter(dueOn);
    }

    public DeadlineClosure met() {
        return new DeadlineClosure(key(), DeadlineOutcome.MET);
    }

    public DeadlineClosure missed() {
        return new DeadlineClosure(key(), DeadlineOutcome.MISSED);
    }

    public DeadlineClosure cancelled() {
        return new DeadlineClosure(key(), DeadlineOutcome.CANCELLED);
    }

    /** Met when the thing was done on or before the due day, missed when done later. */
    public DeadlineClosure doneOn(LocalDate day) {
        return isPassedOn(day) ? missed() : met();
    }
}
