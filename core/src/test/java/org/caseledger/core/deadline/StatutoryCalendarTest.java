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

    /** 春节 as published (国务院办公厅 notices, 2001-2026) and as the official almanac has it for 2027-2030. */
    static final String[] SPRING_FESTIVALS = {
            "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22", "2005-02-09", "2006-01-29", "2007-02-18", "2008-02-07",
            "2009-01-26", "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08",
            "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
            "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"};

    @Test
    void spring_festival_2027_is_the_6th_and_2030_the_3rd_of_february_where_the_new_moon_falls_in_beijing() {
        // 2027: new moon 23:56 Beijing time on 6 February; 2030: 00:07 on 3 February. ICU4J puts both a day out.
        assertThat(StatutoryHolidays.springFestival(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(StatutoryHolidays.springFestival(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(StatutoryHolidays.icuLunar(2030, 1, 1)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(StatutoryHolidays.of(2030)).contains(LocalDate.of(2030, 2, 2), LocalDate.of(2030, 2, 5))
                .doesNotContain(LocalDate.of(2030, 2, 1));
    }

    @Test
    void spring_festival_is_as_published_from_2001_to_2030() {
        for (String day : SPRING_FESTIVALS) {
            LocalDate published = LocalDate.parse(day);
            assertThat(StatutoryHolidays.springFestival(published.getYear())).as("春节 %d", published.getYear()).isEqualTo(published);
        }
    }

    /**
     * Every year 2001-2099: 初一 is the Beijing day of a new moon, between 21 January and 20 February; where ICU4J's day
     * differs, the new moon is within half an hour of midnight in Beijing (the only way the two may disagree).
     */
    @Test
    void spring_festival_falls_on_the_beijing_day_of_its_new_moon_every_year_from_2001_to_2099() {
        for (int year = 2001; year <= 2099; year++) {
            LocalDate first = StatutoryHolidays.springFestival(year);
            java.time.ZonedDateTime newMoon = NewMoon.nearest(first).atZone(NewMoon.BEIJING);
            assertThat(newMoon.toLocalDate()).as("new moon of %d at %s", year, newMoon).isEqualTo(first);
            assertThat(first).as("春节 %d", year).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
            LocalDate icu = StatutoryHolidays.icuLunar(year, 1, 1);
            if (!icu.equals(first)) {
                long minutesFromMidnight = Math.min(
                        java.time.Duration.between(first.atStartOfDay(NewMoon.BEIJING), newMoon).toMinutes(),
                        java.time.Duration.between(newMoon, first.plusDays(1).atStartOfDay(NewMoon.BEIJING)).toMinutes());
                assertThat(minutesFromMidnight).as("ICU differs in %d: new moon %s", year, newMoon).isLessThan(30);
            }
        }
    }

    /** 放假办法 art. 6: in a year without its arrangement, a holiday on a weekend is made up on the next working day. */
    @Test
    void a_provisional_year_makes_up_weekend_holidays_on_the_next_working_days() {
        // 2027: 劳动节 1-2 May is Saturday-Sunday, 国庆 2-3 October Saturday-Sunday, 春节 6-7 February too
        assertThat(StatutoryHolidays.provisional(2027)).contains(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4),
                LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 5), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10));
        assertThat(PUBLISHED.isWorkingDay(LocalDate.of(2027, 5, 4))).isFalse();
        assertThat(PUBLISHED.isWorkingDay(LocalDate.of(2027, 5, 6))).isTrue();
        assertThat(StatutoryHolidays.provisional(2027)).as("元旦 2027 is a Friday").doesNotContain(LocalDate.of(2027, 1, 4));
    }

    /**
     * A deadline counted provisionally on 6 October 2027 (a working day by the law alone); the arrangement published
     * later makes 4-7 October holidays: the period now ends on Friday 8 October (民事诉讼法 art. 85 ¶2), shown beside the
     * stored day. A promised day or an instrument's performance day is the document's, not moved.
     */
    @Test
    void a_published_arrangement_moves_a_provisional_deadline_that_now_falls_on_a_holiday() throws IOException {
        LocalDate counted = LocalDate.of(2027, 10, 6);
        assertThat(PUBLISHED.isWorkingDay(counted)).isTrue();
        ChineseWorkingDayCalendar published2027 = ChineseWorkingDayCalendar.parse(new ByteArrayInputStream(
                "2027-10-01 HOLIDAY\n2027-10-04 HOLIDAY\n2027-10-05 HOLIDAY\n2027-10-06 HOLIDAY\n2027-10-07 HOLIDAY\n2027-10-09 WORKDAY\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(Redated.movedTo(org.caseledger.core.kernel.DeadlineKind.LETTER_REPLY, counted, published2027)).contains(LocalDate.of(2027, 10, 8));
        assertThat(Redated.movedTo(org.caseledger.core.kernel.DeadlineKind.LETTER_REPLY, counted, PUBLISHED)).isEmpty();
        assertThat(Redated.movedTo(org.caseledger.core.kernel.DeadlineKind.PROMISED_PAYMENT, counted, published2027)).isEmpty();
    }
}
