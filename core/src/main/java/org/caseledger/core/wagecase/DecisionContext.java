package org.caseledger.core.wagecase;

import org.caseledger.core.litigation.MinimumWages;
import org.caseledger.core.supervision.ReplyWindows;
import org.caseledger.core.deadline.WorkingDayCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a command handler needs besides the command and the case's history: today's date, the working-day
 * calendar, the jurisdiction's reply windows and the local minimum wages. Injected into the handlers, so the rules that depend on
 * them are configured, not hard-coded, and tests can fix the day.
 */
public record DecisionContext(Clock clock, WorkingDayCalendar calendar, ReplyWindows replyWindows,
                              MinimumWages minimumWages) {

    public DecisionContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(replyWindows, "replyWindows");
        Objects.requireNonNull(minimumWages, "minimumWages");
    }

    /** With the minimum wages published for the reference regions ({@code minimum-wages.tsv}). */
    public DecisionContext(Clock clock, WorkingDayCalendar calendar, ReplyWindows replyWindows) {
        this(clock, calendar, replyWindows, MinimumWages.fromDefaultResource());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
