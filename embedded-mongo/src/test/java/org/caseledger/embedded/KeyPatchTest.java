package org.caseledger.embedded;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates of one document by its id are applied by copying only what they change ({@link KeyPatch}). Specified here
 * by comparison, through the wire: every update is sent both to the embedded server and to the plain in-memory server
 * (whose general path applies every update), and the documents afterwards (fields, values, types and field order),
 * the matched and modified counts, and the error codes must be the same.
 */
class KeyPatchTest {

    @TempDir
    Path dir;

    private EmbeddedMongo embedded;
    private MongoServer reference;
    private MongoClient ours;
    private MongoClient theirs;

    @BeforeEach
    void start() {
        embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
        ours = MongoClients.create(embedded.connectionString());
        reference = new MongoServer(new MemoryBackend());
        InetSocketAddress address = reference.bind();
        theirs = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        both(c -> {
            c.insertOne(new Document("_id", "part-1").append("rows", new Document("c-1", new Document("stage", "调解").append("owed", 120_000L)))
                    .append("count", 1).append("ids", List.of("a", "b")).append("label", "县总工会"));
            return null;
        });
    }

    @AfterEach
    void stop() {
        ours.close();
        theirs.close();
        embedded.close();
        reference.shutdownNow();
    }

    @Test
    void set_unset_inc_and_add_to_set_leave_the_document_as_the_general_path_does() {
        same(Updates.set("rows.c-2", new Document("stage", "仲裁").append("owed", 50_000L)));
        same(Updates.set("rows.c-1.stage", "诉讼"));
        same(Updates.set("rows.c-1.stage", "诉讼")); // the same value again: matched, not modified
        same(Updates.set("new.deep.field", 3));
        same(Updates.set("label", null));
        same(Updates.unset("rows.c-2"));
        same(Updates.unset("rows.nobody"));
        same(Updates.unset("missing.path"));
        same(Updates.inc("count", 2));
        same(Updates.inc("count", 5_000_000_000L));
        same(Updates.inc("fresh", 1));
        same(Updates.inc("ratio", 0.5));
        same(Updates.inc("count", 0));
        same(Updates.addEachToSet("ids", List.of("b", "c", "c", "d")));
        same(Updates.addToSet("ids", "a"));
        same(Updates.addToSet("tags", new Document("k", 1)));
        same(Updates.addToSet("tags", new Document("k", 1)));
        same(Updates.addEachToSet("empty", List.of()));
        same(Updates.combine(Updates.set("rows.c-3", new Document("stage", "执行")), Updates.inc("count", 1),
                Updates.addToSet("ids", "e"), Updates.unset("label")));
    }

    @Test
    void a_replacement_keeps_the_id_first_and_counts_a_change_only_when_there_is_one() {
        sameReplacement(new Document("lastSeq", 7L).append("utf8", "{}"));
        sameReplacement(new Document("lastSeq", 7L).append("utf8", "{}"));
        sameReplacement(new Document("_id", "part-1").append("lastSeq", 8L));
    }

    @Test
    void an_upsert_of_an_absent_id_inserts_what_the_general_path_inserts() {
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        same(Updates.set("rows.c-9", new Document("stage", "调解")), Filters.eq("_id", "new-1"), upsert);
        same(Updates.combine(Updates.inc("revs.p1", 1), Updates.addEachToSet("ids", List.of("x", "x", "y")),
                Updates.set("label", "县")), Filters.eq("_id", "new-2"), upsert);
        same(Updates.unset("nothing"), Filters.eq("_id", "new-3"), upsert);
        same(Updates.inc("count", 1), Filters.eq("_id", "new-3"), upsert); // now present: an update
        both(c -> c.replaceOne(Filters.eq("_id", "new-4"), new Document("lastSeq", 3L), new com.mongodb.client.model.ReplaceOptions().upsert(true)));
        same(Updates.setOnInsert("x", 1), Filters.eq("_id", "new-5"), upsert); // another shape: the general path
    }

    @Test
    void a_replacement_stores_its_own_field_order_as_mongodb_does() {
        MongoCollection<Document> parts = ours.getDatabase("caseledger").getCollection("parts");
        parts.replaceOne(Filters.eq("_id", "part-1"), new Document("lastSeq", 7L).append("utf8", "{}"));
        UpdateResult reordered = parts.replaceOne(Filters.eq("_id", "part-1"), new Document("utf8", "{}").append("lastSeq", 7L));

        assertThat(reordered.getModifiedCount()).isEqualTo(1);
        assertThat(new ArrayList<>(parts.find().first().keySet())).containsExactly("_id", "utf8", "lastSeq");
    }

    @Test
    void a_value_of_another_number_type_is_stored_as_sent_as_mongodb_does() {
        MongoCollection<Document> parts = ours.getDatabase("caseledger").getCollection("parts");
        UpdateResult asLong = parts.updateOne(Filters.eq("_id", "part-1"), Updates.set("count", 1L));

        assertThat(asLong.getModifiedCount()).isEqualTo(1);
        assertThat(parts.find().first().get("count")).isEqualTo(1L);
    }

    @Test
    void updates_of_another_shape_or_in_error_give_the_general_paths_answers() {
        same(Updates.set("label.inner", 1)); // through a string
        same(Updates.inc("label", 1)); // a number added to a string
        same(Updates.addToSet("label", "x")); // a set of a string
        same(Updates.combine(Updates.set("rows", 1), Updates.unset("rows.c-1"))); // paths in conflict
        same(Updates.set("_id", "other"));
        same(Updates.set("ids.0", "z")); // an array position
        same(Updates.inc("count", 1), Filters.eq("_id", "absent"), new UpdateOptions()); // nothing matched
        same(Updates.set("x", 1), Filters.eq("_id", "absent"), new UpdateOptions().upsert(true)); // inserted
        same(Updates.set("x", 2), Filters.and(Filters.eq("_id", "part-1"), Filters.eq("count", 1)), new UpdateOptions());
        same(Updates.set("x", 3), Filters.eq("_id", "part-1"), new UpdateOptions());
    }

    private void same(Bson update) {
        same(update, Filters.eq("_id", "part-1"), new UpdateOptions());
    }

    private void same(Bson update, Bson filter, UpdateOptions options) {
        both(c -> c.updateOne(filter, update, options));
    }

    private void sameReplacement(Document replacement) {
        both(c -> c.replaceOne(Filters.eq("_id", "part-1"), replacement));
    }

    /** Runs the write on both servers; the outcomes (counts or error code) and then every document must match. */
    private void both(Function<MongoCollection<Document>, Object> write) {
        List<String> outcomes = new ArrayList<>();
        for (MongoClient client : List.of(ours, theirs)) {
            try {
                Object result = write.apply(client.getDatabase("caseledger").getCollection("parts"));
                outcomes.add(result instanceof UpdateResult r
                        ? "matched " + r.getMatchedCount() + ", modified " + r.getModifiedCount() + ", upserted " + r.getUpsertedId()
                        : String.valueOf(result));
            } catch (MongoException e) {
                outcomes.add("error " + e.getCode());
            }
        }
        assertThat(outcomes.get(0)).as("the write's outcome").isEqualTo(outcomes.get(1));
        assertThat(documents(ours)).as("the documents after it").isEqualTo(documents(theirs));
    }

    /** Each document as extended JSON with types (field order and number types show). */
    private static List<String> documents(MongoClient client) {
        List<String> json = new ArrayList<>();
        client.getDatabase("caseledger").getCollection("parts").find().sort(new Document("_id", 1))
                .forEach(d -> json.add(d.toJson(org.bson.json.JsonWriterSettings.builder().outputMode(org.bson.json.JsonMode.EXTENDED).build())));
        return json;
    }
}
