package org.caseledger.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents kept as BSON in the H2 file: every value type comes back as it went in, and old files are converted. */
class BsonLayoutTest {

    @TempDir
    Path dir;

    private static Document everyType(long id) {
        return new Document("_id", id)
                .append("text", "拖欠工资 " + id)
                .append("int", (int) id)
                .append("long", Long.MAX_VALUE - id)
                .append("double", 0.1 + id)
                .append("bool", id % 2 == 0)
                .append("null", null)
                .append("date", new Date(1_700_000_000_000L + id))
                .append("objectId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("decimal", new Decimal128(new BigDecimal("12345.67")))
                .append("binary", new Binary(new byte[]{0, 1, 2, (byte) 255}))
                .append("nested", new Document("a", List.of(1, "two", new Document("three", 3L))).append("empty", new Document()))
                .append("list", List.of());
    }

    @Test
    void every_value_type_survives_a_restart() {
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> c = client.getDatabase("caseledger").getCollection("things");
            for (long i = 0; i < 50; i++) {
                c.insertOne(everyType(i));
            }
            c.updateOne(new Document("_id", 7L), new Document("$set", new Document("text", "改过")));
        }
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> c = client.getDatabase("caseledger").getCollection("things");
            assertThat(c.countDocuments()).isEqualTo(50);
            for (long i = 0; i < 50; i++) {
                Document expected = everyType(i);
                if (i == 7) {
                    expected.put("text", "改过");
                }
                assertThat(c.find(new Document("_id", i)).first()).as("document %d", i).isEqualTo(expected);
            }
        }
        try (MVStore file = new MVStore.Builder().fileName(dir.resolve(EmbeddedMongo.FILE_NAME).toString()).readOnly().open()) {
            assertThat(file.getMapNames()).contains("databases.caseledger.things~bson").doesNotContain("databases.caseledger.things");
        }
    }

    @Test
    void a_file_of_java_serialized_documents_is_converted_on_open() {
        MVStore plainStore = new MVStore.Builder().fileName(dir.resolve(EmbeddedMongo.FILE_NAME).toString()).autoCommitDisabled().open();
        MongoServer plain = new MongoServer(new H2Backend(plainStore));
        plain.bind("127.0.0.1", 0);
        int count = OrderedIndexH2Backend.MIGRATION_COMMIT_EVERY + 123; // more than one commit of the copy
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + plain.getLocalAddress().getPort())) {
            MongoCollection<Document> c = client.getDatabase("caseledger").getCollection("things");
            List<Document> docs = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                docs.add(everyType(i));
            }
            c.insertMany(docs);
        }
        plain.shutdown();

        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> c = client.getDatabase("caseledger").getCollection("things");
            assertThat(c.countDocuments()).isEqualTo(count);
            for (long i = 0; i < count; i += 997) {
                assertThat(c.find(new Document("_id", i)).first()).as("document %d", i).isEqualTo(everyType(i));
            }
            c.insertOne(everyType(count));
        }
        try (MVStore file = new MVStore.Builder().fileName(dir.resolve(EmbeddedMongo.FILE_NAME).toString()).readOnly().open()) {
            assertThat(file.getMapNames()).contains("databases.caseledger.things~bson").doesNotContain("databases.caseledger.things");
            assertThat(file.openMap("databases.caseledger.things~bson").size()).isEqualTo(count + 1);
        }
    }
}
