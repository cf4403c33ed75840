package org.caseledger.core.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mainland Chinese working-day calendar: Monday to Friday, less the public holidays (法定节假日), plus the
 * weekend days declared working days (调休上班). The data is a plain text file, one day a line
 * ({@code 2025-01-28 HOLIDAY} or {@code 2025-01-26 WORKDAY}), published each year by the State Council's
 * general office; add a year by adding its lines. A year not in the file falls back to Monday to Friday less the
 * holidays the law fixes for every year and their make-up days ({@link StatutoryHolidays#provisional}); its days are provisional ({@link #isProvisional})
 * until the year's arrangement is added, since the 调休 can still move them.
 */
public final class ChineseWorkingDayCalendar implements WorkingDayCalendar {

    public static final String DEFAULT_RESOURCE = "/org/caseledger/core/deadline/cn-working-days.txt";

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    private final Set<Integer> years = new TreeSet<>();

    private ChineseWorkingDayCalendar() {
    }

    public static ChineseWorkingDayCalendar fromDefaultResource() {
        try (InputStream in = ChineseWorkingDayCalendar.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing calendar resource " + DEFAULT_RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The built-in arrangements and an operator's files on top (a year published after this version was built), in the
     * same format. A file that contradicts the built-in data or another file (a day both a holiday and a working day) is
     * refused, naming the file and line.
     */
    public static ChineseWorkingDayCalendar fromDefaultResourceAnd(List<Path> files) {
        ChineseWorkingDayCalendar calendar = fromDefaultResource();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                calendar.read(in, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read calendar file " + file, e);
            }
        }
        return calendar;
    }

    public static ChineseWorkingDayCalendar parse(InputStream in) throws IOException {
        ChineseWorkingDayCalendar calendar = new ChineseWorkingDayCalendar();
        calendar.read(in, "calendar");
        return calendar;
    }

    private void read(InputStream in, String source) throws IOException {
        ChineseWorkingDayCalendar calendar = this;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.replaceFirst("#.*", "").trim();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(source + " line " + number + ": expected '<date> HOLIDAY|WORKDAY'");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(parts[0]);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(source + " line " + number + ": not a date: " + parts[0]);
            }
            switch (parts[1]) {
                case "HOLIDAY" -> calendar.holidays.add(day);
                case "WORKDAY" -> calendar.workdays.add(day);
                default -> throw new IllegalArgumentException(source + " line " + number + ": unknown kind " + parts[1]);
            }
            if (calendar.holidays.contains(day) && calendar.workdays.contains(day)) {
                throw new IllegalArgumentException(source + " line " + number + ": " + day + " is already listed the other way");
            }
            calendar.years.add(day.getYear());
        }
    }

    private final java.util.Map<Integer, Set<LocalDate>> statutory = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        if (workdays.contains(day)) {
            return true;
        }
        if (!covers(day.getYear()) && statutory.computeIfAbsent(day.getYear(), StatutoryHolidays::provisional).contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Whether the file has the holiday data of this year (otherwise weekends and the statutory holidays are known). */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** A public holiday: listed in the year's arrangement, or fixed by the law for a year without one. */
    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day)
                || !covers(day.getYear()) && statutory.computeIfAbsent(day.getYear(), StatutoryHolidays::provisional).contains(day);
    }

    /** The years whose published arrangement the calendar has. */
    public Set<Integer> coveredYears() {
        return java.util.Collections.unmodifiableSet(years);
    }

    /** A day whose year has no published arrangement yet: a deadline on it may still move. */
    public boolean isProvisional(LocalDate day) {
        return !covers(day.getYear());
    }
}
