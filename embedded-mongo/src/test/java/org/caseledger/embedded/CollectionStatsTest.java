package org.caseledger.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data size the embedded server reports (collStats) is the BSON bytes of the documents it holds, after inserts,
 * updates that grow and shrink documents, and deletes — counted when asked, not kept on every write.
 */
class CollectionStatsTest {

    @TempDir
    Path dir;

    @Test
    void collstats_counts_the_bytes_of_the_documents_as_they_are_now() {
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoDatabase db = client.getDatabase("caseledger");
            MongoCollection<Document> docs = db.getCollection("docs");
            for (int i = 0; i < 50; i++) {
                docs.insertOne(new Document("_id", "d-" + i).append("text", "案".repeat(i)));
            }
            docs.updateMany(Filters.in("_id", "d-1", "d-2", "d-3"), Updates.set("text", "x".repeat(500)));
            docs.updateOne(Filters.eq("_id", "d-49"), Updates.unset("text"));
            docs.deleteOne(Filters.eq("_id", "d-10"));

            long expected = 0;
            for (RawBsonDocument d : db.getCollection("docs", RawBsonDocument.class).find()) {
                expected += d.getByteBuffer().remaining();
            }
            Document stats = db.runCommand(new Document("collStats", "docs"));
            assertThat(((Number) stats.get("size")).longValue()).isEqualTo(expected);
            assertThat(((Number) stats.get("count")).longValue()).isEqualTo(49);
        }
    }
}
