package org.caseledger.core.deadline;

import java.time.LocalDate;

/** Tells working days (工作日) apart from rest days; pluggable because Chinese 调休 moves them every year. */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The day on which {@code workingDays} working days after {@code start} have passed (start itself not counted). */
    default LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days cannot be negative");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
