package org.caseledger.core.deadline;

import org.caseledger.core.kernel.DeadlineKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A deadline counted while its year's holiday arrangement was not yet published, read again with the calendar as it
 * is now: where the published arrangement makes the stored last day a holiday or a bridging day, the period ends on the
 * next working day (民事诉讼法 art. 85 ¶2). The stored event is not changed; the new day is shown beside the old one.
 */
public final class Redated {

    private Redated() {
    }

    /** The day a counted deadline now falls on, when it is not the stored one. */
    public static Optional<LocalDate> movedTo(DeadlineKind kind, LocalDate storedDueOn, WorkingDayCalendar calendar) {
        if (!kind.isCountedPeriod() || calendar.isWorkingDay(storedDueOn)) {
            return Optional.empty();
        }
        return Optional.of(CourtPeriod.rolledToWorkingDay(storedDueOn, calendar));
    }
}
