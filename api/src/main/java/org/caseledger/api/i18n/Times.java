package org.caseledger.api.i18n;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A moment as the reader reads it: in the deployment's time zone ({@code caseledger.display.time-zone}, Asia/Shanghai
 * unless set: the unions' readers are in China) and written as a Chinese office writes it, 2026-12-07 19:05:23, with
 * the zone said once on the page; the store keeps UTC.
 */
@Component("times")
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public Times(@Value("${caseledger.display.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone));
    }

    /** The zone's name as the page says it (Asia/Shanghai). */
    public String zone() {
        return zone.getId();
    }
}
