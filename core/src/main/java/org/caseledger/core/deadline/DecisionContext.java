package org.caseledger.core.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What every command handler needs besides the command and the case's history: today's date and the working-day
 * calendar. Injected into the handlers (with the rules a phase configures, such as the supervision letters' reply
 * windows and the local minimum wages), so the rules that depend on them are configured, not hard-coded, and tests
 * can fix the day.
 */
public record DecisionContext(Clock clock, WorkingDayCalendar calendar) {

    public DecisionContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(calendar, "calendar");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
