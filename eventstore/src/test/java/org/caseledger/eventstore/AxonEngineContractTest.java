package org.caseledger.eventstore;

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
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

/**
 * Axon's own contract for storage engines ({@code axon-eventsourcing:tests}: {@code BatchingEventStorageEngineTest}
 * and its parents, the suite Axon's JDBC and JPA engines pass), run against this engine on the embedded server.
 */
class AxonEngineContractTest extends BatchingEventStorageEngineTest<KeyedEventStorageEngine, KeyedEventStorageEngine.Builder> {

    private static final JacksonSerializer JSON = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).build();

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoDatabase db;

    @BeforeEach
    void startServer() {
        server = EmbeddedMongo.startInMemory();
        client = MongoClients.create(server.connectionString());
        db = client.getDatabase("contract");
        setTestSubject(createEngine());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    @Override
    protected KeyedEventStorageEngine createEngine(UnaryOperator<KeyedEventStorageEngine.Builder> customization) {
        KeyedEventStorageEngine.Builder builder = KeyedEventStorageEngine.builder().mongo(client, db)
                .eventSerializer(JSON).snapshotSerializer(JSON);
        return customization.apply(builder).build();
    }

    @Test
    void loadLargeAmountOfEventsFromOneStream() {
        loadLargeAmountOfEventsFromAggregateStream();
    }
}
