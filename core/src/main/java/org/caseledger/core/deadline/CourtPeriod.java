package org.caseledger.core.deadline;

import java.time.LocalDate;
import java.time.Period;

/**
 * A period counted as the law counts court and arbitral periods (期间, 民事诉讼法 art. 85; the same rule for periods in
 * months and years, 民法典 arts. 201-203): the day from which it runs is not counted, and a period whose last day is a
 * public holiday or a rest day ends on the first working day after it. A judgment served on 2025-09-16 may be appealed
 * within 15 days (art. 171): the 15th day is 2025-10-01, 国庆, and the holidays run to 2025-10-08, so the last day is
 * 2025-10-09.
 */
public final class CourtPeriod {

    private CourtPeriod() {
    }

    public static LocalDate lastDay(LocalDate from, int days, WorkingDayCalendar calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("a period cannot be negative");
        }
        return lastDay(from, Period.ofDays(days), calendar);
    }

    /** A period of years, months or days: a year from 2025-01-20 ends on 2026-01-20 (民法典 art. 202), rolled past rest days. */
    public static LocalDate lastDay(LocalDate from, Period length, WorkingDayCalendar calendar) {
        if (length.isNegative()) {
            throw new IllegalArgumentException("a period cannot be negative");
        }
        return rolledToWorkingDay(from.plus(length), calendar);
    }

    /** The day itself if it is a working day, else the first working day after it (民事诉讼法 art. 85 ¶3; 民法典 art. 203). */
    public static LocalDate rolledToWorkingDay(LocalDate day, WorkingDayCalendar calendar) {
        LocalDate last = day;
        while (!calendar.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }
}
