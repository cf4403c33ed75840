package org.caseledger.core.deadline;

import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the calendar answers an officer planning a step: the last day, what it skipped, whether it may still move. */
class PeriodEndTest {

    static final ChineseWorkingDayCalendar CALENDAR = WageCaseSpec.CALENDAR;

    @Test
    void fifteen_court_days_from_2025_09_16_end_on_2025_10_09_past_national_day() {
        // 民事诉讼法 art. 85: the 15th day (10-01) is a holiday; the holidays run to 10-08
        PeriodEnd end = PeriodEnd.ofCourtPeriod(LocalDate.of(2025, 9, 16), 15, CALENDAR);
        assertThat(end.lastDay()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(end.provisional()).isFalse();
        assertThat(end.skipped()).extracting(PeriodEnd.SkippedDay::day).contains(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8));
    }

    @Test
    void fifteen_working_days_from_2026_12_28_end_on_2027_01_19_provisionally() {
        // 元旦 2027-01-01 is a holiday by law (《全国年节及纪念日放假办法》 art. 2); 2027's 调休 is not published yet
        PeriodEnd end = PeriodEnd.ofWorkingDays(LocalDate.of(2026, 12, 28), 15, CALENDAR);
        assertThat(end.lastDay()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(end.provisional()).isTrue();
        assertThat(end.skipped()).contains(new PeriodEnd.SkippedDay(LocalDate.of(2027, 1, 1), PeriodEnd.SkippedDay.Kind.HOLIDAY),
                new PeriodEnd.SkippedDay(LocalDate.of(2027, 1, 2), PeriodEnd.SkippedDay.Kind.REST_DAY));
    }

    @Test
    void an_arrangement_loaded_from_a_file_makes_the_year_final() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cn-2027", ".txt");
        java.nio.file.Files.writeString(file, "# 2027 (test data)\n2027-01-01 HOLIDAY\n2027-01-02 HOLIDAY\n2027-01-03 HOLIDAY\n");
        ChineseWorkingDayCalendar withFile = ChineseWorkingDayCalendar.fromDefaultResourceAnd(java.util.List.of(file));
        assertThat(withFile.covers(2027)).isTrue();
        assertThat(PeriodEnd.ofWorkingDays(LocalDate.of(2026, 12, 28), 15, withFile).provisional()).isFalse();
    }

    @Test
    void a_file_that_contradicts_the_calendar_is_refused_with_its_line() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cn-bad", ".txt");
        java.nio.file.Files.writeString(file, "2025-10-01 WORKDAY\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChineseWorkingDayCalendar.fromDefaultResourceAnd(java.util.List.of(file)))
                .hasMessageContaining("line 1").hasMessageContaining("2025-10-01");
    }
}
