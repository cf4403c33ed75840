package org.caseledger.api.cases;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.caseledger.core.deadline.ChineseWorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From December on, a missing next year's arrangement is a warning; never a reason to be unready. */
class CalendarCoverageTest {

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void in_december_without_next_years_arrangement_health_warns_and_the_gauge_is_one() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CalendarCoverage coverage = new CalendarCoverage(ChineseWorkingDayCalendar.fromDefaultResource(), at("2026-12-01T02:00:00Z"), meters);
        assertThat(coverage.health().getStatus()).isEqualTo(Status.UP);
        assertThat(coverage.health().getDetails()).containsKey("warning");
        assertThat(meters.get("caseledger.calendar.next.year.missing").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void before_december_or_with_the_year_loaded_there_is_no_warning() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CalendarCoverage november = new CalendarCoverage(ChineseWorkingDayCalendar.fromDefaultResource(), at("2026-11-27T02:00:00Z"), meters);
        assertThat(november.health().getDetails()).doesNotContainKey("warning");
        assertThat(meters.get("caseledger.calendar.next.year.missing").gauge().value()).isEqualTo(0.0);

        Path file = Files.createTempFile("cn-2027", ".txt");
        Files.writeString(file, "2027-01-01 HOLIDAY\n");
        CalendarCoverage loaded = new CalendarCoverage(ChineseWorkingDayCalendar.fromDefaultResourceAnd(List.of(file)),
                at("2026-12-01T02:00:00Z"), new SimpleMeterRegistry());
        assertThat(loaded.health().getDetails()).doesNotContainKey("warning");
        assertThat(loaded.nextYearMissing()).isFalse();
    }
}
