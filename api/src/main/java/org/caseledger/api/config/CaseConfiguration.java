package org.caseledger.api.config;

import org.caseledger.api.cases.CaffeineCaseCache;
import org.caseledger.api.cases.ExpectedVersionTargetResolver;
import org.caseledger.api.settings.CaseledgerProperties;
import org.caseledger.core.kernel.MetadataKeys;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurationParameterResolverFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.caseledger.core.deadline.ChineseWorkingDayCalendar;
import org.caseledger.core.supervision.ReplyWindows;
import org.caseledger.core.supervision.LetterType;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.wagecase.WageCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/** The WageCase aggregate and what its command handlers are given: the clock, the calendar, the reply windows, the minimum wages. */
@Configuration(proxyBeanMethods = false)
public class CaseConfiguration {

    /** Every event carries who acted, for which union body, in which request and when (and Axon's own message origin). */
    @Bean
    public CorrelationDataProvider requestMetadata() {
        return new SimpleCorrelationDataProvider(MetadataKeys.ACTING_USER, MetadataKeys.UNION_BODY, MetadataKeys.REQUEST_TIME,
                MetadataKeys.CORRELATION_ID, MetadataKeys.IDEMPOTENCY_KEY);
    }

    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    public Clock clock(CaseledgerProperties properties) {
        return Clock.system(ZoneId.of(properties.rules().timeZone()));
    }

    /** The working-day calendar: the built-in arrangements and the operator's files ({@code caseledger.rules.calendar-files}). */
    @Bean
    public ChineseWorkingDayCalendar workingDayCalendar(CaseledgerProperties properties) {
        return ChineseWorkingDayCalendar.fromDefaultResourceAnd(properties.rules().calendarFiles());
    }

    @Bean
    public DecisionContext decisionContext(Clock clock, ChineseWorkingDayCalendar calendar) {
        return new DecisionContext(clock, calendar);
    }

    /** The supervision letters' reply windows: the defaults and the operator's per region ({@code caseledger.rules.reply-windows}). */
    @Bean
    public ReplyWindows replyWindows(CaseledgerProperties properties) {
        return replyWindows(properties.rules());
    }

    /** The local monthly minimum wages that decide a final award: the built-in table and the operator's files. */
    @Bean
    public org.caseledger.core.litigation.MinimumWages minimumWages(CaseledgerProperties properties) {
        return minimumWages(properties.rules().minimumWageFiles());
    }

    /** The built-in minimum wages and the operator's files ({@code caseledger.rules.minimum-wage-files}); a bad line stops the start. */
    static org.caseledger.core.litigation.MinimumWages minimumWages(java.util.List<java.nio.file.Path> files) {
        org.caseledger.core.litigation.MinimumWages table = org.caseledger.core.litigation.MinimumWages.fromDefaultResource();
        for (java.nio.file.Path file : files) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                table = table.plus(org.caseledger.core.litigation.MinimumWages.parse(in, file.toString()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read the minimum-wage file " + file + ": " + e.getMessage(), e);
            }
        }
        return table;
    }

    /** 拒不支付劳动报酬罪 thresholds: the built-in table and the operator's files ({@code caseledger.rules.criminal-threshold-files}). */
    @Bean
    public org.caseledger.core.authority.CriminalThresholds criminalThresholds(CaseledgerProperties properties) {
        org.caseledger.core.authority.CriminalThresholds table = org.caseledger.core.authority.CriminalThresholds.fromDefaultResource();
        for (java.nio.file.Path file : properties.rules().criminalThresholdFiles()) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                table = table.plus(org.caseledger.core.authority.CriminalThresholds.parse(in, file.toString()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read the criminal-threshold file " + file + ": " + e.getMessage(), e);
            }
        }
        return table;
    }

    static ReplyWindows replyWindows(CaseledgerProperties.Rules rules) {
        Map<String, Map<LetterType, ReplyWindows.Window>> overrides = new HashMap<>();
        rules.replyWindows().forEach((prefix, byType) -> {
            Map<LetterType, ReplyWindows.Window> windows = new EnumMap<>(LetterType.class);
            byType.forEach((type, text) -> windows.put(LetterType.valueOf(type.toUpperCase(Locale.ROOT)), parseWindow(text)));
            overrides.put(prefix, windows);
        });
        return ReplyWindows.withOverrides(overrides);
    }

    /** "15WD" = 15 working days, "60D" = 60 calendar days. */
    static ReplyWindows.Window parseWindow(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.endsWith("WD")) {
            return ReplyWindows.Window.workingDays(Integer.parseInt(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("D")) {
            return ReplyWindows.Window.calendarDays(Integer.parseInt(t.substring(0, t.length() - 1)));
        }
        throw new IllegalArgumentException("a reply window is like 15WD or 60D, got " + text);
    }

    /** The work orders' time limits: this project's defaults and the operator's ({@code caseledger.work-orders}). */
    @Bean
    public org.caseledger.core.workorder.WorkOrderTimeLimits workOrderTimeLimits(org.caseledger.api.settings.WorkOrderSettings settings) {
        return settings.timeLimits();
    }

    /**
     * Registers WorkOrder: a few events each, so neither cached nor snapshotted; its handlers get today, the calendar and
     * the time limits. The parameter resolvers registered for WageCase below serve it too.
     */
    @Bean
    public ConfigurerModule workOrderAggregate() {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(org.caseledger.core.workorder.WorkOrder.class)
                        .configureCommandTargetResolver(c -> new ExpectedVersionTargetResolver()));
    }

    /**
     * Registers WageCase (core carries no Spring annotations): cached, so a command on a hot case does not
     * re-read its history (a stale entry never wins: the store's unique key rejects the append and the entry is
     * evicted), and snapshotted in the background once loading it takes more than the threshold of events.
     */
    @Bean
    public ConfigurerModule wageCaseAggregate(CaseledgerProperties properties, DecisionContext decisionContext, ReplyWindows replyWindows,
                                              org.caseledger.core.litigation.MinimumWages minimumWages,
                                              org.caseledger.core.authority.CriminalThresholds criminalThresholds,
                                              org.caseledger.core.workorder.WorkOrderTimeLimits workOrderTimeLimits) {
        return configurer -> configurer
                // handlers get today and the calendar, the reply windows and the minimum wages as resources; the
                // Configurer-registered aggregate sees no Spring beans
                .registerComponent(ParameterResolverFactory.class, c -> MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(WageCase.class),
                        new SimpleResourceParameterResolverFactory(List.of(decisionContext, replyWindows, minimumWages, criminalThresholds,
                                workOrderTimeLimits)),
                        new ConfigurationParameterResolverFactory(c)))
                .configureAggregate(
                AggregateConfigurer.defaultConfiguration(WageCase.class)
                        .configureCache(c -> new CaffeineCaseCache(properties.store().cacheSize()))
                        .configureCommandTargetResolver(c -> new ExpectedVersionTargetResolver())
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(
                                AggregateSnapshotter.builder()
                                        .eventStore(c.eventStore())
                                        .aggregateFactories(new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory
                                                .inspectAggregate(WageCase.class, c.parameterResolverFactory(), c.handlerDefinition(WageCase.class))))
                                        .parameterResolverFactory(c.parameterResolverFactory())
                                        .handlerDefinition(c.handlerDefinition(WageCase.class))
                                        .transactionManager(NoTransactionManager.instance())
                                        .executor(Executors.newSingleThreadExecutor(r -> {
                                            Thread t = new Thread(r, "wage-case-snapshotter");
                                            t.setDaemon(true);
                                            return t;
                                        }))
                                        .build(),
                                properties.store().snapshotThreshold())));
    }
}
