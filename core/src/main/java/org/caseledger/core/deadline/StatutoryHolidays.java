package org.caseledger.core.deadline;

import com.ibm.icu.util.ChineseCalendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays the law fixes for every year (《全国年节及纪念日放假办法》, 2024 revision, art. 2): 元旦 1 day,
 * 春节 4 days from 除夕, 清明 1 day, 劳动节 2 days, 端午 1 day, 中秋 1 day, 国庆 3 days (13 in all). The State Council's
 * yearly arrangement adds the bridging days and the weekend days worked (调休); until it is published, these are
 * the holidays a deadline skips, and the deadline is provisional; a holiday falling on a Saturday or Sunday is then
 * made up on the next working day (art. 6: "适逢周六、周日，应当在工作日补假", {@link #provisional}). Before 2025 the
 * 2013 text applied (春节 3 days from 初一, 劳动节 1 day: 11 in all). A lunar month begins on the day its new moon falls on
 * in Beijing time: ICU4J's Chinese calendar names the month, {@link NewMoon} fixes its first day (ICU's astronomy is a
 * day out where the new moon is minutes from midnight, as in 2027 and 2030); 清明 (the solar term at 15° of ecliptic
 * longitude) from the usual 21st-century formula. Both checked against the published years.
 */
public final class StatutoryHolidays {

    /** The text of 2024 applies from 2025 on. */
    static final int REVISION_2024_FROM = 2025;

    private StatutoryHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        boolean revised = year >= REVISION_2024_FROM;
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        LocalDate newYear = lunar(year, 1, 1);
        LocalDate first = revised ? newYear.minusDays(1) : newYear; // 除夕 is a holiday since the 2024 revision
        for (int i = 0; i < (revised ? 4 : 3); i++) {
            days.add(first.plusDays(i));
        }
        days.add(qingming(year));
        days.add(LocalDate.of(year, Month.MAY, 1));
        if (revised) {
            days.add(LocalDate.of(year, Month.MAY, 2));
        }
        days.add(lunar(year, 5, 5));
        days.add(lunar(year, 8, 15));
        for (int i = 1; i <= 3; i++) {
            days.add(LocalDate.of(year, Month.OCTOBER, i));
        }
        return days;
    }

    /**
     * The holidays of a year without a published arrangement: those the law fixes, and for each that falls on a Saturday
     * or Sunday a make-up day (补假, art. 6) on the first working day after its holiday.
     */
    public static Set<LocalDate> provisional(int year) {
        Set<LocalDate> fixed = of(year);
        Set<LocalDate> days = new TreeSet<>(fixed);
        for (LocalDate day : fixed) {
            if (isWeekend(day)) {
                LocalDate makeUp = day.plusDays(1);
                while (isWeekend(makeUp) || days.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                days.add(makeUp);
            }
        }
        return days;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
    }

    /** 正月初一 of the Chinese year that begins in {@code year}: the Beijing day of its new moon. */
    public static LocalDate springFestival(int year) {
        return lunar(year, 1, 1);
    }

    /** The Gregorian day of a lunar month and day in the Chinese year that begins in {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        return NewMoon.dayNearest(icuLunar(year, month, 1)).plusDays(day - 1L);
    }

    /** ICU4J's day for a lunar date, a day out where the new moon is minutes from midnight in Beijing. */
    static LocalDate icuLunar(int year, int month, int day) {
        ChineseCalendar chinese = new ChineseCalendar();
        chinese.clear();
        chinese.set(ChineseCalendar.EXTENDED_YEAR, year + 2637); // the Chinese year whose first day falls in this Gregorian year
        chinese.set(ChineseCalendar.MONTH, month - 1);
        chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        chinese.set(ChineseCalendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(chinese.get(ChineseCalendar.JULIAN_DAY) - 2_440_588L);
    }

    /** 清明: April 4 or 5 in this century, floor(Y × 0.2422 + 4.81) − floor(Y / 4) with Y the year's last two digits. */
    static LocalDate qingming(int year) {
        if (year < 2001 || year > 2099) {
            throw new IllegalArgumentException("清明 is computed for 2001-2099 only: " + year);
        }
        int y = year % 100;
        return LocalDate.of(year, Month.APRIL, (int) Math.floor(y * 0.2422 + 4.81) - y / 4);
    }
}
