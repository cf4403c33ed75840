package org.caseledger.api.config;

import org.caseledger.api.store.MongoConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.caseledger.projections.ProjectionRunner;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.audit.CaseAudit;
import org.caseledger.projections.caselist.CaseListQuery;
import org.caseledger.projections.dashboard.DashboardQuery;
import org.caseledger.projections.deadlines.DeadlineSweeper;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.LocalDate;

/** The read models: where they live, the processor that builds them, the deadline sweeper, the queries. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ProjectionConfiguration {

    @Bean
    public ReadModels readModels(MongoConnection connection) {
        return new ReadModels(connection.database());
    }

    @Bean(destroyMethod = "close")
    public ProjectionRunner projectionRunner(EventStore eventStore, TokenStore tokenStore, ReadModels readModels,
                                             MongoConnection connection,
                                             @Qualifier("serializer") Serializer serializer, MeterRegistry meters,
                                             org.caseledger.api.store.PersonalDataKeys keys) {
        DefaultMongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(connection.database()).build();
        ProjectionRunner runner = new ProjectionRunner(eventStore, tokenStore, readModels,
                name -> MongoSequencedDeadLetterQueue.builder().processingGroup(name).mongoTemplate(template).serializer(serializer)
                        .transactionManager(NoTransactionManager.instance()).build(),
                2, new org.caseledger.api.people.BlindIndex(keys));
        Gauge.builder("caseledger.projection.rebuild.events.done", runner, r -> r.progress() == null ? 0 : r.progress().eventsDone())
                .description("events replayed by the running or last rebuild").register(meters);
        Gauge.builder("caseledger.projection.rebuild.events.total", runner, r -> r.progress() == null ? 0 : r.progress().eventsTotal())
                .description("events the running or last rebuild must replay").register(meters);
        Gauge.builder("caseledger.projection.rebuild.events.per.second", runner,
                r -> r.progress() == null ? 0 : r.progress().eventsPerSecond()).register(meters);
        Gauge.builder("caseledger.projection.generation", runner, ProjectionRunner::liveGeneration)
                .description("the read-model generation being served").register(meters);
        return runner;
    }

    /** The processors start once Axon and the store are up (caseledger.projections.enabled=false: a write-only node). */
    @EventListener(ApplicationReadyEvent.class)
    public void startProjections(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext().getEnvironment().getProperty("caseledger.projections.enabled", Boolean.class, true)) {
            ready.getApplicationContext().getBean(ProjectionRunner.class).start();
        }
    }

    @Bean
    public CaseListQuery caseListQuery(ReadModels readModels) {
        return new CaseListQuery(readModels);
    }

    @Bean
    public org.caseledger.projections.workorders.WorkOrderInboxQuery workOrderInboxQuery(ReadModels readModels) {
        return new org.caseledger.projections.workorders.WorkOrderInboxQuery(readModels);
    }

    @Bean
    public org.caseledger.projections.workorders.HotlineDashboardQuery hotlineDashboardQuery(ReadModels readModels) {
        return new org.caseledger.projections.workorders.HotlineDashboardQuery(readModels);
    }

    @Bean
    public DashboardQuery dashboardQuery(ReadModels readModels) {
        return new DashboardQuery(readModels);
    }

    @Bean
    public CaseAudit caseAudit(EventStore eventStore, ReadModels readModels) {
        return new CaseAudit(eventStore, readModels);
    }

    @Bean
    public DeadlineSweeper deadlineSweeper(ReadModels readModels, CommandGateway commands) {
        return new DeadlineSweeper(readModels, commands);
    }

    /** Sweeps deadlines every minute by default (caseledger.deadlines.sweep-interval); off with sweep-enabled=false. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "caseledger.deadlines.sweep-enabled", havingValue = "true", matchIfMissing = true)
    public static class SweepSchedule {

        private final DeadlineSweeper sweeper;
        private final Clock clock;

        public SweepSchedule(DeadlineSweeper sweeper, Clock clock) {
            this.sweeper = sweeper;
            this.clock = clock;
        }

        @Scheduled(initialDelayString = "${caseledger.deadlines.sweep-interval:60s}", fixedDelayString = "${caseledger.deadlines.sweep-interval:60s}")
        public void sweep() {
            sweeper.sweep(LocalDate.now(clock));
        }
    }
}
