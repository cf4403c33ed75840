package org.caseledger.core.wagecase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the test moves by hand, in Beijing time. */
public final class MutableClock extends Clock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Instant now;

    public MutableClock(LocalDate today) {
        setToday(today);
    }

    public void setToday(LocalDate today) {
        now = today.atTime(12, 0).atZone(BEIJING).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
