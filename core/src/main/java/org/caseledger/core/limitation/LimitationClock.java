package org.caseledger.core.limitation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.deadline.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One running limitation: the day it runs from (the end of employment, the last day of performance, or its last
 * interruption), its length, and its suspensions. The last day is counted as 民法典 arts. 201-203 count (the first day
 * not counted, a last day on a rest day rolled to the next working day).
 *
 * @param suspendedDays  arbitration: days of ended suspensions, added to the year (劳动争议调解仲裁法 art. 27 ¶3: "继续计算")
 * @param suspendedSince the day an ongoing suspension began, or null
 * @param resumedOn      enforcement: the day the last suspension's cause ended, or null
 */
public record LimitationClock(LimitationKind kind, LocalDate runsFrom, long suspendedDays, LocalDate suspendedSince,
                              LocalDate resumedOn) {

    public LimitationClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(runsFrom, "runsFrom");
    }

    public static LimitationClock from(LimitationKind kind, LocalDate runsFrom) {
        return new LimitationClock(kind, runsFrom, 0, null, null);
    }

    public Period length() {
        return kind == LimitationKind.ARBITRATION ? Period.ofYears(1) : Period.ofYears(2);
    }

    public boolean isSuspended() {
        return suspendedSince != null;
    }

    /** Runs again in full from this day; an interruption also ends a suspension (民法典 art. 195). */
    public LimitationClock restartedOn(LocalDate day) {
        return from(kind, day);
    }

    public LimitationClock suspendedOn(LocalDate day) {
        return new LimitationClock(kind, runsFrom, suspendedDays, day, resumedOn);
    }

    /** The cause of the suspension ended on this day; the clock runs on. */
    public LimitationClock resumedOn(LocalDate day) {
        long days = Math.max(0, ChronoUnit.DAYS.between(suspendedSince, day));
        return new LimitationClock(kind, runsFrom, suspendedDays + days, null, day);
    }

    /**
     * The last day to act, or null while suspended (it depends on when the cause ends). Arbitration: the year plus the
     * days suspended (劳动争议调解仲裁法 art. 27 ¶3). Enforcement: the two years, or, when a suspension's cause ended
     * within the last six months or later, six months after it ended (民法典 art. 194, applied by 民事诉讼法 art. 250).
     */
    public LocalDate lastDay(WorkingDayCalendar calendar) {
        if (isSuspended()) {
            return null;
        }
        LocalDate end = runsFrom.plus(length());
        if (kind == LimitationKind.ARBITRATION) {
            end = end.plusDays(suspendedDays);
        } else if (resumedOn != null && !resumedOn.isBefore(end.minusMonths(6)) && resumedOn.plusMonths(6).isAfter(end)) {
            end = resumedOn.plusMonths(6);
        }
        return CourtPeriod.rolledToWorkingDay(end, calendar);
    }
}
