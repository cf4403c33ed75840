package org.caseledger.core.deadline;

import java.time.LocalDate;

/**
 * A period of days counted as the civil procedure law counts court and arbitral periods (期间, 民事诉讼法 art. 85):
 * the day from which it runs is not counted, and a period whose last day is a public holiday or a rest day ends on
 * the first working day after it. A judgment served on 2025-09-16 may be appealed within 15 days (art. 171): the 15th
 * day is 2025-10-01, 国庆, and the holidays run to 2025-10-08, so the last day is 2025-10-09.
 */
public final class CourtPeriod {

    private CourtPeriod() {
    }

    public static LocalDate lastDay(LocalDate from, int days, WorkingDayCalendar calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("a period cannot be negative");
        }
        LocalDate last = from.plusDays(days);
        while (!calendar.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }
}
