package org.caseledger.api.config;

import org.caseledger.api.store.MongoConnection;
import org.caseledger.api.cases.ProjectionLag;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.caseledger.projections.dashboard.DashboardFigures;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/** Health of the MongoDB behind the service, and the business gauges: open cases, overdue deadlines, projection lag. */
@Configuration(proxyBeanMethods = false)
public class ServiceHealthAndMetrics {

    @Bean
    public HealthIndicator mongo(MongoConnection connection) {
        return () -> {
            try {
                connection.database().runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", connection.database().getName())
                        .withDetail("embedded", connection.embedded() != null).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    /** Part of readiness: the read models are within {@code caseledger.projections.ready-lag} events of the store. */
    @Bean
    public HealthIndicator projections(ProjectionLag lag) {
        return () -> {
            long behind = lag.events();
            return (behind <= lag.readyLag() ? Health.up() : Health.outOfService())
                    .withDetail("lagEvents", behind).withDetail("readyLag", lag.readyLag()).build();
        };
    }

    @Bean
    public BusinessGauges businessGauges(MeterRegistry meters, DashboardQuery dashboard, ProjectionLag lag, Clock clock) {
        // the dashboard sums every case's contribution: computed at most every 30 s, whatever the scrape rate
        AtomicReference<DashboardFigures> cached = new AtomicReference<>();
        AtomicReference<Instant> at = new AtomicReference<>(Instant.EPOCH);
        java.util.function.Supplier<DashboardFigures> figures = () -> {
            if (cached.get() == null || at.get().isBefore(Instant.now().minusSeconds(30))) {
                cached.set(dashboard.figures(null, null, null, null, LocalDate.now(clock)));
                at.set(Instant.now());
            }
            return cached.get();
        };
        Gauge.builder("caseledger.cases.open", () -> {
            DashboardFigures f = figures.get();
            return f.cases() - f.casesByStage().getOrDefault("CLOSED", 0);
        }).description("cases not closed").register(meters);
        Gauge.builder("caseledger.deadlines.overdue", () -> figures.get().overdueDeadlines())
                .description("open deadlines past their day").register(meters);
        Gauge.builder("caseledger.projection.lag.events", lag::events).description("events stored but not yet in the read models").register(meters);
        return new BusinessGauges();
    }

    /** Marks that the business gauges are registered. */
    public record BusinessGauges() {
    }
}
