package org.caseledger.api.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.caseledger.api.store.PersonalDataSealing;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Sealed personal data that did not open since the start (a changed byte in the database, a key not its own): named in
 * readiness's details and counted ({@code caseledger_personal_data_unreadable}); the service stays up and shows those
 * people as unreadable.
 */
@Component("personalData")
public class PersonalDataHealth implements HealthIndicator {

    private final PersonalDataSealing sealing;

    public PersonalDataHealth(PersonalDataSealing sealing, MeterRegistry meters) {
        this.sealing = sealing;
        Gauge.builder("caseledger.personal.data.unreadable", () -> sealing.unreadable().size())
                .description("claimants whose sealed personal data did not open since the start").register(meters);
    }

    @Override
    public Health health() {
        Health.Builder h = Health.up();
        if (!sealing.unreadable().isEmpty()) {
            h.withDetail("warning", "sealed personal data that does not open (shown as unreadable; check the cases' integrity): "
                    + sealing.unreadable().stream().sorted().limit(20).toList());
        }
        return h.build();
    }
}
