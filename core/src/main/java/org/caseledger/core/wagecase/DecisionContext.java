package org.caseledger.core.wagecase;

import org.caseledger.core.supervision.ReplyWindows;
import org.caseledger.core.deadline.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a command handler needs besides the command and the case's history: today's date, the working-day
 * calendar and the jurisdiction's reply windows. Injected into the handlers, so the rules that depend on
 * them are configured, not hard-coded, and tests can fix the day.
 */
public record DecisionContext(Clock clock, WorkingDayCalendar calendar, ReplyWindows replyWindows) {

    public DecisionContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(replyWindows, "replyWindows");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
