package org.caseledger.api.cases;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.caseledger.core.deadline.ChineseWorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

/**
 * Whether the calendar knows next year's 调休 arrangement. The State Council publishes it in November or December;
 * from December on, a missing year is a warning (a detail of the {@code calendar} health, the gauge
 * {@code caseledger_calendar_next_year_missing}, a log line at start): deadlines into that year are provisional until
 * an operator adds its file ({@code caseledger.rules.calendar-files}). It never makes the service unready.
 */
@Component("calendar")
public class CalendarCoverage implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CalendarCoverage.class);

    private final ChineseWorkingDayCalendar calendar;
    private final Clock clock;

    public CalendarCoverage(ChineseWorkingDayCalendar calendar, Clock clock, MeterRegistry meters) {
        this.calendar = calendar;
        this.clock = clock;
        Gauge.builder("caseledger.calendar.next.year.missing", () -> nextYearMissing() ? 1 : 0)
                .description("1 from December on while next year's holiday arrangement is not loaded").register(meters);
        if (nextYearMissing()) {
            log.warn("the holiday arrangement of {} is not loaded: deadlines in {} are provisional until it is added (caseledger.rules.calendar-files)",
                    nextYear(), nextYear());
        }
    }

    /** From December on, next year's arrangement is expected and missing. */
    public boolean nextYearMissing() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonth() == Month.DECEMBER && !calendar.covers(today.getYear() + 1);
    }

    private int nextYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    @Override
    public Health health() {
        Health.Builder h = Health.up().withDetail("yearsPublished", calendar.coveredYears());
        if (nextYearMissing()) {
            h.withDetail("warning", "the holiday arrangement of " + nextYear() + " is not loaded: deadlines in it are provisional");
        }
        return h.build();
    }
}
