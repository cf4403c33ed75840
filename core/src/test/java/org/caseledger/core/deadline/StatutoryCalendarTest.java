package org.caseledger.core.deadline;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar does not run out: the holidays the law fixes for every year (《全国年节及纪念日放假办法》
 * art. 2, 2024 revision) are known for years whose arrangement is not yet published, and a deadline in such a year is
 * provisional; periods of days count as 民事诉讼法 art. 85 counts them.
 */
class StatutoryCalendarTest {

    static final ChineseWorkingDayCalendar PUBLISHED = ChineseWorkingDayCalendar.fromDefaultResource();

    @Test
    void the_computed_statutory_holidays_are_holidays_in_every_published_year() throws IOException {
        for (int year = 2024; year <= 2026; year++) {
            assertThat(PUBLISHED.covers(year)).isTrue();
            assertThat(StatutoryHolidays.of(year)).as("year %d", year).hasSize(year < 2025 ? 11 : 13)
                    .allMatch(day -> !PUBLISHED.isWorkingDay(day), "a holiday in the published arrangement");
        }
    }

    @Test
    void the_lunar_and_solar_term_holidays_of_2027_fall_where_the_almanac_has_them() {
        assertThat(StatutoryHolidays.of(2027)).contains(
                LocalDate.of(2027, 1, 1),                                   // 元旦
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),         // 春节: 除夕 2027-02-05 and three days more
                LocalDate.of(2027, 4, 5),                                   // 清明
                LocalDate.of(2027, 6, 9),                                   // 端午, lunar 5-5
                LocalDate.of(2027, 9, 15),                                  // 中秋, lunar 8-15
                LocalDate.of(2027, 10, 3));                                 // 国庆
    }

    @Test
    void an_opinion_served_on_2026_12_28_with_15_working_days_is_due_2027_01_19_provisionally() {
        LocalDate due = PUBLISHED.plusWorkingDays(LocalDate.of(2026, 12, 28), 15);
        assertThat(due).as("元旦 2027 is not a working day").isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(PUBLISHED.isProvisional(due)).as("2027's arrangement is not yet published").isTrue();
        assertThat(PUBLISHED.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void a_published_arrangement_overrides_the_statutory_baseline() throws IOException {
        ChineseWorkingDayCalendar with2027 = ChineseWorkingDayCalendar.parse(new ByteArrayInputStream(
                "2027-01-01 HOLIDAY\n2027-01-04 HOLIDAY\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(with2027.isProvisional(LocalDate.of(2027, 1, 19))).isFalse();
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 8))).as("a covered year is the file's alone").isTrue();
    }

    @Test
    void a_15_day_court_period_from_2025_09_16_ends_on_2025_10_09_the_first_working_day_after_the_holidays() {
        assertThat(CourtPeriod.lastDay(LocalDate.of(2025, 9, 16), 15, PUBLISHED)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(CourtPeriod.lastDay(LocalDate.of(2025, 9, 1), 15, PUBLISHED)).as("an ordinary Tuesday").isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(CourtPeriod.lastDay(LocalDate.of(2025, 9, 5), 15, PUBLISHED)).as("a Saturday rolls to Monday").isEqualTo(LocalDate.of(2025, 9, 22));
    }
}
