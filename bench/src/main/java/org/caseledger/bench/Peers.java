package org.caseledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.caseledger.eventstore.AppendDurability;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.caseledger.core.deadline.ChineseWorkingDayCalendar;
import org.caseledger.core.supervision.ReplyWindows;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.wagecase.WageCase;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The same command mix through three event storage engines in one plain Axon configuration each (no Spring, no
 * projections): ours, Axon's Mongo extension engine (what most Axon + MongoDB users run) and Axon's JDBC engine
 * on an embedded H2 database (what Axon's maintainers recommend). Each peer lives only here, never in the app.
 */
final class Peers {

    /** What one engine reached. */
    record Result(String engine, double appendTo10k, double appendTo20k, long eventsReached, double replayRate, boolean capped) {
    }

    private static final JacksonSerializer JSON = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();

    private Peers() {
    }

    static Result measure(String name, Function<JacksonSerializer, EventStorageEngine> engineFactory, long capNanos) throws Exception {
        EventStorageEngine engine = engineFactory.apply(JSON);
        DecisionContext context = new DecisionContext(Clock.system(ZoneId.of("Asia/Shanghai")), ChineseWorkingDayCalendar.fromDefaultResource());
        Configuration config = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JSON).configureEventSerializer(c -> JSON).configureMessageSerializer(c -> JSON)
                .configureEmbeddedEventStore(c -> engine)
                .registerComponent(ParameterResolverFactory.class, c -> MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(WageCase.class), new SimpleResourceParameterResolverFactory(List.of(context, ReplyWindows.defaults(),
                                org.caseledger.core.litigation.MinimumWages.fromDefaultResource(),
                                org.caseledger.core.authority.CriminalThresholds.fromDefaultResource()))))
                .configureAggregate(WageCase.class)
                .buildConfiguration();
        config.start();
        try {
            CommandGateway commands = config.commandGateway();
            long started = System.nanoTime();
            long deadline = started + capNanos;
            List<String> ids = new ArrayList<>();
            long events = 0;
            double to10k = 0;
            double to20k = 0;
            long phaseStart = started;
            int n = 0;
            while (events < 20_000 && System.nanoTime() < deadline) {
                if (ids.size() < 1000) {
                    String id = name + "-" + ids.size();
                    for (Object c : Fixtures.openCase(id)) {
                        commands.sendAndWait(c);
                        events++;
                    }
                    ids.add(id);
                } else {
                    commands.sendAndWait(Fixtures.mixed(ids.get(ThreadLocalRandom.current().nextInt(ids.size())), n++));
                    events++;
                }
                if (to10k == 0 && events >= 10_000) {
                    to10k = events / ((System.nanoTime() - phaseStart) / 1e9);
                    phaseStart = System.nanoTime();
                }
            }
            boolean capped = events < 20_000;
            if (to10k == 0) {
                to10k = events / ((System.nanoTime() - started) / 1e9);
            } else {
                to20k = (events - 10_000) / ((System.nanoTime() - phaseStart) / 1e9);
            }
            // replay everything from the start, as a rebuild would (capped the same way)
            long replayStart = System.nanoTime();
            long replayDeadline = replayStart + capNanos / 2;
            long replayed = 0;
            TrackingToken token = engine.createTailToken();
            while (System.nanoTime() < replayDeadline) {
                List<? extends TrackedEventMessage<?>> batch = engine.readEvents(token, false).limit(1000).collect(Collectors.toList());
                if (batch.isEmpty()) {
                    break;
                }
                replayed += batch.size();
                token = batch.get(batch.size() - 1).trackingToken();
            }
            double replayRate = replayed / ((System.nanoTime() - replayStart) / 1e9);
            return new Result(name, to10k, to20k, events, replayRate, capped);
        } finally {
            config.shutdown();
        }
    }

    static EventStorageEngine ours(MongoClient client, String database, JacksonSerializer serializer) {
        // no commit of the H2 file per append: the extension's engine has none either, so both pay the same server
        return KeyedEventStorageEngine.builder().mongo(client, client.getDatabase(database)).durability(AppendDurability.WRITE_CONCERN)
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    static EventStorageEngine mongoExtension(MongoClient client, String database, JacksonSerializer serializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
        engine.ensureIndexes();
        return engine;
    }

    static EventStorageEngine jdbcH2(Path dir, JacksonSerializer serializer) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("axon-jdbc").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(h2))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        return engine;
    }
}
