package org.caseledger.core.limitation;

import org.caseledger.core.kernel.InterruptionCause;

import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How a limitation's last day is counted (民法典 arts. 194, 201-203; 劳动争议调解仲裁法 art. 27 ¶3). */
class LimitationClockTest {

    @Test
    void a_year_ends_on_the_same_date_a_year_later_rolled_past_rest_days() {
        // 2025-10-01 + 1 year = 2026-10-01, 国庆: the first working day after the holidays
        LimitationClock clock = LimitationClock.from(LimitationKind.ARBITRATION, LocalDate.of(2025, 10, 1));
        assertThat(clock.lastDay(WageCaseSpec.CALENDAR)).isAfter(LocalDate.of(2026, 10, 1));
        assertThat(WageCaseSpec.CALENDAR.isWorkingDay(clock.lastDay(WageCaseSpec.CALENDAR))).isTrue();
    }

    @Test
    void an_arbitration_suspension_adds_its_days() {
        LimitationClock clock = LimitationClock.from(LimitationKind.ARBITRATION, LocalDate.of(2025, 3, 3))
                .suspendedOn(LocalDate.of(2025, 6, 2)).resumedOn(LocalDate.of(2025, 6, 12));
        assertThat(clock.lastDay(WageCaseSpec.CALENDAR)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void while_suspended_there_is_no_last_day() {
        assertThat(LimitationClock.from(LimitationKind.ARBITRATION, LocalDate.of(2025, 3, 3)).suspendedOn(LocalDate.of(2025, 6, 2))
                .lastDay(WageCaseSpec.CALENDAR)).isNull();
    }

    @Test
    void an_enforcement_suspension_in_the_last_six_months_leaves_six_months_after_its_cause_ends() {
        // 民法典 art. 194 ¶2, applied by 民事诉讼法 art. 250: two years from 2025-03-03 end 2027-03-03; a cause ending
        // 2027-01-04 leaves until 2027-07-04 (a Sunday: rolled to Monday 07-05)
        LimitationClock clock = LimitationClock.from(LimitationKind.ENFORCEMENT, LocalDate.of(2025, 3, 3))
                .suspendedOn(LocalDate.of(2026, 12, 1)).resumedOn(LocalDate.of(2027, 1, 4));
        assertThat(clock.lastDay(WageCaseSpec.CALENDAR)).isEqualTo(LocalDate.of(2027, 7, 5));
    }

    @Test
    void an_enforcement_suspension_that_ended_before_the_last_six_months_changes_nothing() {
        LimitationClock clock = LimitationClock.from(LimitationKind.ENFORCEMENT, LocalDate.of(2025, 3, 3))
                .suspendedOn(LocalDate.of(2025, 5, 1)).resumedOn(LocalDate.of(2025, 9, 1));
        assertThat(clock.lastDay(WageCaseSpec.CALENDAR)).isEqualTo(LocalDate.of(2027, 3, 3));
    }
}
