package org.caseledger.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file written by durable appends — a commit each, every commit a new chunk — leaves the service no larger than a few
 * times what it holds: the clean shutdown packs it (before, the store was already closed when the shutdown compacted
 * it, so the file kept every chunk the run had written), and everything written reads back after the restart.
 */
class FilePackingTest {

    @TempDir
    Path dir;

    static final int DOCUMENTS = 300;
    static final int ROUNDS = 8;

    @Test
    void a_clean_shutdown_gives_the_space_of_dead_chunks_back_and_keeps_every_document() throws Exception {
        Path file = dir.resolve(EmbeddedMongo.FILE_NAME);
        long written;
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 5_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("caseledger").getCollection("docs");
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    if (round == 0) {
                        docs.insertOne(new Document("_id", i).append("round", 0).append("text", "案".repeat(200)));
                    } else {
                        docs.updateOne(Filters.eq("_id", i), Updates.set("round", round));
                    }
                    embedded.awaitDurable(); // a commit per write, as durable appends make them
                }
            }
            written = embedded.fileSize();
        }
        long packed = Files.size(file);
        assertThat(packed).as("file after the clean shutdown, against %,d bytes while running", written).isLessThan(written / 3);
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir, "127.0.0.1", 0, 5_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("caseledger").getCollection("docs");
            assertThat(docs.countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(docs.countDocuments(Filters.eq("round", ROUNDS - 1))).isEqualTo(DOCUMENTS);
            assertThat(docs.find(Filters.eq("_id", DOCUMENTS - 1)).first().getString("text")).isEqualTo("案".repeat(200));
        }
    }
}
