package org.caseledger.embedded;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server's unique indexes in their own order: same answers, same uniqueness, old files carried over. */
class OrderedIndexTest {

    @TempDir
    Path dir;

    @Test
    void a_file_written_by_the_plain_backend_opens_with_every_key_found_and_still_unique() {
        MVStore plainStore = new MVStore.Builder().fileName(dir.resolve("caseledger.mv.db").toString()).autoCommitDisabled().open();
        MongoServer plain = new MongoServer(new H2Backend(plainStore));
        plain.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + plain.getLocalAddress().getPort())) {
            MongoCollection<Document> events = client.getDatabase("caseledger").getCollection("events");
            events.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            for (long i = 0; i < 2_000; i++) {
                events.insertOne(new Document("_id", i).append("key", "C-" + (i % 97) + "#" + String.format("%010d", i)));
            }
        }
        plain.shutdown();

        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("caseledger").getCollection("events");
            assertThat(events.countDocuments()).isEqualTo(2_000);
            for (long i = 0; i < 2_000; i += 7) {
                String key = "C-" + (i % 97) + "#" + String.format("%010d", i);
                assertThat(events.find(new Document("key", key)).first()).as(key).isNotNull().extracting(d -> d.get("_id")).isEqualTo(i);
                assertThat(events.find(new Document("_id", i)).first()).isNotNull().extracting(d -> d.get("key")).isEqualTo(key);
            }
            assertThat(events.find(new Document("key", new Document("$in", List.of("C-3#0000000003", "C-4#0000000004", "none")))).into(new ArrayList<>()))
                    .hasSize(2);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 5_000L).append("key", "C-0#0000000000")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 3L).append("key", "other")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            events.insertOne(new Document("_id", 5_000L).append("key", "C-0#0000005000"));
        }

        // and again, now from its own order
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("caseledger").getCollection("events");
            assertThat(events.find(new Document("key", "C-0#0000005000")).first()).isNotNull();
            assertThat(events.find(new Document("key", "C-96#0000000096")).first()).isNotNull();
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 6_000L).append("key", "C-0#0000005000")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void the_order_is_total_and_agrees_with_equality_over_mixed_keys() {
        Random random = new Random(7);
        List<Object> values = List.of("a", "b", "C-1#0000000001", 1.0, 2.5, -0.5, 3L, Long.MAX_VALUE, true, false,
                new UUID(1, 2), List.of("x", 1.0), new de.bwaldvogel.mongo.bson.Document("k", "v"));
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(random.nextBoolean() ? new KeyValue(values.get(random.nextInt(values.size())))
                    : new KeyValue(values.get(random.nextInt(values.size())), values.get(random.nextInt(values.size()))));
        }
        IndexKeyOrder order = new IndexKeyOrder();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = order.compare(a, b);
                assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(order.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                for (int k = 0; k < 3; k++) {
                    KeyValue c = keys.get(random.nextInt(keys.size()));
                    if (ab <= 0 && order.compare(b, c) <= 0) {
                        assertThat(order.compare(a, c)).as("%s ≤ %s ≤ %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }
    /**
     * A lookup of listed keys (answered from the index, its documents not matched against the list again) gives what the
     * server's generic query path gives — the same documents in the same order — on the memory backend, for listed
     * values that repeat, are absent, differ only in numeric type, are null (a document without the field), or hit an
     * array; with a second condition the generic path is taken.
     */
    @Test
    void a_lookup_of_listed_keys_answers_as_the_generic_query_path() {
        de.bwaldvogel.mongo.MongoServer generic = new de.bwaldvogel.mongo.MongoServer(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        generic.bind("127.0.0.1", 0);
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
             MongoClient ours = MongoClients.create(embedded.connectionString());
             MongoClient theirs = MongoClients.create("mongodb://127.0.0.1:" + generic.getLocalAddress().getPort())) {
            List<MongoCollection<Document>> both = List.of(ours.getDatabase("t").getCollection("c"), theirs.getDatabase("t").getCollection("c"));
            for (MongoCollection<Document> c : both) {
                c.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
                for (long i = 0; i < 300; i++) {
                    c.insertOne(new Document("_id", i).append("key", "K" + String.format("%04d", (i * 37) % 300)).append("n", i % 3));
                }
                c.insertOne(new Document("_id", 1_000L).append("n", 1)); // no key: indexed as null
                c.insertOne(new Document("_id", 1_001L).append("key", List.of("A1", "A2")));
            }
            Random random = new Random(11);
            List<Document> queries = new ArrayList<>();
            for (int q = 0; q < 40; q++) {
                List<Object> ids = new ArrayList<>();
                List<Object> keys = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(120); k++) {
                    long id = random.nextInt(340);
                    ids.add(random.nextBoolean() ? (Object) id : random.nextBoolean() ? (Object) (int) id : (Object) (double) id);
                    keys.add("K" + String.format("%04d", random.nextInt(330)));
                }
                queries.add(new Document("_id", new Document("$in", ids)));
                queries.add(new Document("key", new Document("$in", keys)));
            }
            queries.add(new Document("_id", new Document("$in", List.of(1_000L, 1_001L, 5L, 5L, 5.0))));
            queries.add(new Document("key", new Document("$in", java.util.Arrays.asList(null, "A2", "K0001"))));
            queries.add(new Document("key", new Document("$in", List.of("K0003", "K0004", "K0005"))).append("n", 1L));
            queries.add(new Document("key", new Document("$in", List.of())));
            for (Document query : queries) {
                List<Document> expected = both.get(1).find(query).into(new ArrayList<>());
                assertThat(both.get(0).find(query).into(new ArrayList<>())).as(query.toJson()).isEqualTo(expected);
            }
        } finally {
            generic.shutdownNow();
        }
    }
}
