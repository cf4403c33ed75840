package org.caseledger.core.deadline;

import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.DeadlineOutcome;
import org.caseledger.core.supervision.ReplyWindows;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.supervision.LetterType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    final ChineseWorkingDayCalendar calendar = ChineseWorkingDayCalendar.fromDefaultResource();

    @Test
    void public_holidays_are_rest_days_and_make_up_weekends_are_working_days() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();   // National Day, a Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();    // 调休: a Sunday worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 7))).isFalse();    // an ordinary Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 9))).isTrue();     // an ordinary Monday
    }

    @Test
    void fifteen_working_days_skip_the_national_day_week() {
        // served Friday 2025-09-26: Sun 09-28 is worked, 10-01..10-08 are holidays, Sat 10-11 is worked
        // 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13 .. 10-17, 10-20 .. 10-23 → 15th is Thursday 10-23
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 15)).isEqualTo(LocalDate.of(2025, 10, 23));
    }

    @Test
    void the_data_file_covers_the_years_of_the_reference_cases() {
        assertThat(calendar.covers(2024)).isTrue();
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2030)).isFalse();
    }

    @Test
    void a_malformed_calendar_line_is_refused() {
        assertThatThrownBy(() -> ChineseWorkingDayCalendar.parse(
                new ByteArrayInputStream("2025-01-01 FEAST\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reply_windows_default_to_fifteen_working_days_for_an_opinion_and_none_for_a_reminder() {
        ReplyWindows windows = ReplyWindows.defaults();
        RegionCode ludian = RegionCode.of("530621");
        assertThat(windows.replyDue(LetterType.OPINION, ludian, LocalDate.of(2025, 6, 9), calendar)).contains(LocalDate.of(2025, 6, 30));
        assertThat(windows.replyDue(LetterType.REMINDER, ludian, LocalDate.of(2025, 6, 9), calendar)).isEmpty();
    }

    @Test
    void a_jurisdiction_can_set_its_own_window_and_the_longest_prefix_wins() {
        // 南昌 (3601) allows 60 days; the rest of 江西 (36) keeps the default here
        ReplyWindows windows = ReplyWindows.withOverrides(Map.of(
                "3601", Map.of(LetterType.OPINION, ReplyWindows.Window.calendarDays(60)),
                "36", Map.of(LetterType.OPINION, ReplyWindows.Window.workingDays(20))));
        LocalDate served = LocalDate.of(2025, 6, 9);
        assertThat(windows.replyDue(LetterType.OPINION, RegionCode.of("360102"), served, calendar)).contains(served.plusDays(60));
        assertThat(windows.replyDue(LetterType.OPINION, RegionCode.of("360402"), served, calendar))
                .contains(calendar.plusWorkingDays(served, 20));
        assertThat(windows.replyDue(LetterType.OPINION, RegionCode.of("530621"), served, calendar)).contains(LocalDate.of(2025, 6, 30));
    }

    @Test
    void a_deadline_is_met_on_its_due_day_and_missed_the_day_after() {
        Deadline d = Deadline.of(DeadlineKind.LETTER_REPLY, "L1", LocalDate.of(2025, 6, 30));
        assertThat(d.doneOn(LocalDate.of(2025, 6, 30)).outcome()).isEqualTo(DeadlineOutcome.MET);
        assertThat(d.doneOn(LocalDate.of(2025, 7, 1)).outcome()).isEqualTo(DeadlineOutcome.MISSED);
    }
}
