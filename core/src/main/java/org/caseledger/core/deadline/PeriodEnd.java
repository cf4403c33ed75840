package org.caseledger.core.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a period ends, and why there: the days it passed over that do not count (public holidays and rest days), and
 * whether any day it depends on lies in a year whose 调休 arrangement is not published yet (then the answer may move
 * when it is). What an officer planning a step asks the calendar.
 *
 * @param skipped     the days between the start and the last day that were not working days
 * @param provisional a year from the start to the last day has no published arrangement
 */
public record PeriodEnd(LocalDate from, LocalDate lastDay, List<SkippedDay> skipped, boolean provisional) {

    /** A day that did not count: a public holiday, or a weekend rest day. */
    public record SkippedDay(LocalDate day, Kind kind) {
        public enum Kind { HOLIDAY, REST_DAY }
    }

    public PeriodEnd {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(lastDay, "lastDay");
        skipped = List.copyOf(skipped);
    }

    /** So many working days after {@code from} (a letter's reply window, 浙江条例 art. 22). */
    public static PeriodEnd ofWorkingDays(LocalDate from, int workingDays, ChineseWorkingDayCalendar calendar) {
        return explained(from, calendar.plusWorkingDays(from, workingDays), calendar);
    }

    /** A court or arbitral period of so many days (民事诉讼法 art. 85). */
    public static PeriodEnd ofCourtPeriod(LocalDate from, int days, ChineseWorkingDayCalendar calendar) {
        return explained(from, CourtPeriod.lastDay(from, days, calendar), calendar);
    }

    private static PeriodEnd explained(LocalDate from, LocalDate last, ChineseWorkingDayCalendar calendar) {
        List<SkippedDay> skipped = new ArrayList<>();
        boolean provisional = false;
        for (LocalDate d = from.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            provisional |= calendar.isProvisional(d);
            if (!calendar.isWorkingDay(d)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                skipped.add(new SkippedDay(d, calendar.isHoliday(d) || !weekend ? SkippedDay.Kind.HOLIDAY : SkippedDay.Kind.REST_DAY));
            }
        }
        return new PeriodEnd(from, last, skipped, provisional || calendar.isProvisional(from));
    }
}
