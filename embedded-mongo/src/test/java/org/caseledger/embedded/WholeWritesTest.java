package org.caseledger.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write command is in the H2 file whole or not at all: commits (the timer's, a group commit's, a backup's) fall
 * between write commands, so whatever committed state a kill -9 leaves holds no half of an insertMany.
 */
class WholeWritesTest {

    @TempDir
    Path dir;

    static final int GROUPS = 400;
    static final int PER_GROUP = 8;

    @Test
    void every_committed_state_holds_each_insert_many_whole_or_not_at_all() throws Exception {
        List<Path> backups = new ArrayList<>();
        try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(dir.resolve("live"), "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("caseledger").getCollection("events");
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread committer = new Thread(() -> {
                int n = 0;
                while (writing.get()) {
                    if (n % 20 == 0) {
                        Path backup = dir.resolve("backup-" + n + ".zip");
                        embedded.backupTo(backup); // a commit, then a copy of exactly what it committed
                        backups.add(backup);
                    } else {
                        embedded.groupCommit().commitNow();
                    }
                    n++;
                }
            });
            committer.start();
            long id = 0;
            for (int g = 0; g < GROUPS; g++) {
                List<Document> group = new ArrayList<>();
                for (int i = 0; i < PER_GROUP; i++) {
                    group.add(new Document("_id", id++).append("group", g).append("payload", "x".repeat(300)));
                }
                events.insertMany(group);
            }
            writing.set(false);
            committer.join();
        }
        assertThat(backups).hasSizeGreaterThan(3);

        int partlyWritten = 0;
        int nonEmpty = 0;
        for (Path backup : backups) {
            Path restored = dir.resolve("restored-" + backup.getFileName());
            EmbeddedMongo.restore(backup, restored);
            try (EmbeddedMongo embedded = EmbeddedMongo.startOnFile(restored, "127.0.0.1", 0, 1_000);
                 MongoClient client = MongoClients.create(embedded.connectionString())) {
                Map<Integer, Integer> perGroup = new HashMap<>();
                for (Document d : client.getDatabase("caseledger").getCollection("events").find()) {
                    perGroup.merge(d.getInteger("group"), 1, Integer::sum);
                }
                nonEmpty += perGroup.isEmpty() ? 0 : 1;
                partlyWritten += (int) perGroup.values().stream().filter(n -> n != PER_GROUP).count();
            }
        }
        assertThat(nonEmpty).as("states caught during the writes").isPositive();
        assertThat(partlyWritten).as("insertMany groups found in part in a committed state").isZero();
    }
}
