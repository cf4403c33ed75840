package org.caseledger.eventstore;

import org.caseledger.embedded.testing.GivenMongo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.caseledger.embedded.EmbeddedMongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An engine on a fresh in-memory embedded server (or, with the real-mongo profile, a fresh database on the MongoDB a
 * user gives: {@link GivenMongo}), and helpers to append and to read everything tracked.
 */
final class EngineHarness implements AutoCloseable {

    /** A small event payload for engine tests. */
    record Noted(String caseId, int n) {
    }

    private final GivenMongo given;
    final EmbeddedMongo server;
    final MongoClient client;
    final MongoDatabase db;
    final KeyedEventStorageEngine engine;
    final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();

    EngineHarness() {
        this(Clock.systemUTC(), Duration.ofSeconds(60));
    }

    EngineHarness(Clock clock, Duration gapTimeout) {
        this(GivenMongo.open("enginetest"), clock, gapTimeout);
    }

    private EngineHarness(GivenMongo given, Clock clock, Duration gapTimeout) {
        this.given = given;
        this.server = given.server;
        this.client = given.client;
        this.db = given.db;
        this.engine = newEngine(clock, gapTimeout);
    }

    KeyedEventStorageEngine newEngine(Clock clock, Duration gapTimeout) {
        return KeyedEventStorageEngine.builder().mongo(client, db)
                .durability(given.server != null ? given.server::awaitDurable : AppendDurability.WRITE_CONCERN)
                .transactionsForMultiEventCommits(given.transactions)
                .eventSerializer(serializer).snapshotSerializer(serializer).gapTimeout(gapTimeout).clock(clock).build();
    }

    static DomainEventMessage<Noted> event(String caseId, long seq) {
        return new GenericDomainEventMessage<>("WageCase", caseId, seq, new Noted(caseId, (int) seq));
    }

    static DomainEventMessage<Noted> eventAt(String caseId, long seq, Instant timestamp) {
        return new GenericDomainEventMessage<>("WageCase", caseId, seq, new Noted(caseId, (int) seq), Map.of(),
                java.util.UUID.randomUUID().toString(), timestamp);
    }

    /** Reserves global indexes as a writer that then stalls would (allocation happens before the insert). */
    long reserveIndexes(int n) {
        return new GlobalIndexAllocator(db.getCollection("counters")).allocate(n);
    }

    /** Writes an event at a reserved index, as the stalled writer finally does. */
    void writeAt(long globalIndex, DomainEventMessage<?> event) {
        db.getCollection("events").insertOne(EventDocuments.toDocument(globalIndex, event, serializer));
    }

    /** Everything after {@code from}, read the way a processor does (batch after batch). */
    List<TrackedEventMessage<?>> readAllAfter(TrackingToken from) {
        List<TrackedEventMessage<?>> all = new ArrayList<>();
        TrackingToken token = from;
        while (true) {
            List<TrackedEventMessage<?>> batch = engine.readEvents(token, false).collect(Collectors.toList());
            if (batch.isEmpty()) {
                return all;
            }
            all.addAll(batch);
            token = batch.get(batch.size() - 1).trackingToken();
        }
    }

    static long index(TrackedEventMessage<?> m) {
        return ((GapAwareTrackingToken) m.trackingToken()).getIndex();
    }

    long storedEvents() {
        return db.getCollection("events").countDocuments();
    }

    Document counter() {
        return db.getCollection("counters").find(new Document("_id", "events")).first();
    }

    @Override
    public void close() {
        given.close();
    }
}
