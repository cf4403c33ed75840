package org.caseledger.api.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.caseledger.embedded.EmbeddedMongo;
import org.caseledger.eventstore.EventDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged command is never lost: a separate service process is killed with SIGKILL (no shutdown hook,
 * no flush) right after acknowledging commands, and every acknowledged one is found after a restart.
 */
class KillDashNineTest {

    @TempDir
    Path dataDir;

    @Test
    void every_acknowledged_command_survives_kill_dash_nine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process service = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DurabilityProbe.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        List<String> acknowledged = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String line;
            while (acknowledged.size() < 40 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                } else if (output.size() < 200) {
                    output.add(line);
                }
            }
            // kill -9: the process gets no chance to run a shutdown hook or commit anything more
            new ProcessBuilder("kill", "-9", Long.toString(service.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            // an acknowledgement printed just before the kill still counts
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
        } finally {
            service.destroyForcibly();
            service.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("the service acknowledged commands; its output:%n%s", String.join("\n", output)).hasSizeGreaterThanOrEqualTo(40);

        try (EmbeddedMongo restarted = EmbeddedMongo.startOnFile(dataDir, "127.0.0.1", 0, 5_000);
             MongoClient client = MongoClients.create(restarted.connectionString())) {
            var events = client.getDatabase("caseledger").getCollection("events");
            List<String> missing = acknowledged.stream()
                    .filter(id -> events.find(new Document("key", EventDocuments.key(id, 0))).first() == null)
                    .toList();
            assertThat(missing).as("acknowledged but lost after kill -9").isEmpty();
        }
    }
}
