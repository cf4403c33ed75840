package org.caseledger.embedded.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock the tests of every module move by hand, in Beijing time: set to an instant, moved by a duration, or set
 * to a day (its noon, so that "today" is that day wherever the test runs).
 */
public final class TestClock extends Clock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Instant now;

    public TestClock(Instant now) {
        this.now = now;
    }

    public TestClock(LocalDate today) {
        setToday(today);
    }

    public void setToday(LocalDate today) {
        now = today.atTime(12, 0).atZone(BEIJING).toInstant();
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock keeps Beijing time");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
