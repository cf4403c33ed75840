package org.caseledger.api.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.caseledger.api.store.Anchors;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The anchors' health, in readiness's details (never making the service unready: it still takes commands): where the
 * signing and master keys sit (a key beside the data or its backups is a key the attacker copies with them), how many
 * changed cases the last anchor refused, and whether the anchors' own log holds together. Gauges
 * {@code caseledger_integrity_anchor_refused_cases} and {@code caseledger_integrity_anchor_log_broken}.
 */
@Component("anchoring")
public class AnchorsHealth implements HealthIndicator {

    private final Anchors anchors;
    private final KeyPlacement placement;

    public AnchorsHealth(Anchors anchors, KeyPlacement placement, MeterRegistry meters) {
        this.anchors = anchors;
        this.placement = placement;
        Gauge.builder("caseledger.integrity.anchor.refused.cases", anchors::lastRefused)
                .description("changed cases the last anchor refused: their history no longer extends what was anchored, or their chain is broken")
                .register(meters);
        Gauge.builder("caseledger.integrity.anchor.log.broken", () -> anchors.logBroken() == null ? 0 : 1)
                .description("1 when the anchors' own log does not hold together (an anchor forged, altered or removed)").register(meters);
    }

    @Override
    public Health health() {
        Health.Builder h = Health.up().withDetail("trustedKeys", anchors.trusted().keys().size())
                .withDetail("lastAnchorRefusedCases", anchors.lastRefused());
        List<String> warnings = new java.util.ArrayList<>(placement.warnings());
        if (anchors.logBroken() != null) {
            warnings.add("the anchors' log does not hold together: " + anchors.logBroken());
        }
        if (!warnings.isEmpty()) {
            h.withDetail("warnings", warnings);
        }
        return h.build();
    }
}
