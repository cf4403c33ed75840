package org.caseledger.eventstore;

import org.caseledger.embedded.testing.GivenMongo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.axonframework.serialization.json.JacksonSerializer;
import org.caseledger.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

/**
 * Axon's own contract for storage engines ({@code axon-eventsourcing:tests}: {@code BatchingEventStorageEngineTest}
 * and its parents, the suite Axon's JDBC and JPA engines pass), run against this engine on the embedded server:
 * 27 of its 29 tests pass as they are; the two about unique event identifiers are a decided deviation, stated below
 * with the test of what the store does instead.
 */
class AxonEngineContractTest extends BatchingEventStorageEngineTest<KeyedEventStorageEngine, KeyedEventStorageEngine.Builder> {

    private static final JacksonSerializer JSON = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();

    private GivenMongo given;
    private MongoClient client;
    private MongoDatabase db;

    @BeforeEach
    void startServer() {
        given = GivenMongo.open("contract");
        client = given.client;
        db = given.db;
        setTestSubject(createEngine());
    }

    @AfterEach
    void stopServer() {
        given.close();
    }

    @Override
    protected KeyedEventStorageEngine createEngine(UnaryOperator<KeyedEventStorageEngine.Builder> customization) {
        KeyedEventStorageEngine.Builder builder = KeyedEventStorageEngine.builder().mongo(client, db)
                .durability(given.server != null ? given.server::awaitDurable : AppendDurability.WRITE_CONCERN).transactionsForMultiEventCommits(given.transactions)
                .eventSerializer(JSON).snapshotSerializer(JSON);
        return customization.apply(builder).build();
    }

    @Test
    void loadLargeAmountOfEventsFromOneStream() {
        loadLargeAmountOfEventsFromAggregateStream();
    }

    // ---- decided deviations: event identifiers are not a unique key of the store

    /**
     * Decision: no unique index on the event identifier. Axon makes it a random UUID per message, and the store's guard
     * against a duplicate write is the case's sequence key; on the embedded server a second unique index over random
     * keys cut the bulk import rate from 15,267 to 6,409 events/s at 100k events and grew the file from 484 to 2,452
     * bytes per event (bench, 2026-11-27). What the store does instead: {@link #an_event_identifier_used_again_is_stored_on_another_case}.
     */
    @Override
    @Test
    @Disabled("decided deviation: event identifiers are not unique-indexed (see AxonEngineContractTest)")
    public void uniqueKeyConstraintOnEventIdentifier() {
    }

    @Override
    @Test
    @Disabled("decided deviation: event identifiers are not unique-indexed (see AxonEngineContractTest)")
    public void uniqueKeyConstraintOnFirstEventIdentifierThrowsAggregateIdentifierAlreadyExistsException() {
    }

    @Test
    void an_event_identifier_used_again_is_stored_on_another_case() {
        KeyedEventStorageEngine engine = createEngine();
        engine.appendEvents(new GenericDomainEventMessage<>("WageCase", "C-1", 0, "first", MetaData.emptyInstance(), "same-id",
                java.time.Instant.now()));
        engine.appendEvents(new GenericDomainEventMessage<>("WageCase", "C-2", 0, "second", MetaData.emptyInstance(), "same-id",
                java.time.Instant.now()));
        assertThat(engine.readEvents("C-1", 0).asStream().map(m -> (Object) m.getPayload())).containsExactly("first");
        assertThat(engine.readEvents("C-2", 0).asStream().map(m -> (Object) m.getPayload())).containsExactly("second");
        // the same case's sequence number is the key that refuses a second write
        assertThatThrownBy(() -> engine.appendEvents(new GenericDomainEventMessage<>("WageCase", "C-1", 0, "again")))
                .isInstanceOf(AggregateStreamCreationException.class);
    }
}
