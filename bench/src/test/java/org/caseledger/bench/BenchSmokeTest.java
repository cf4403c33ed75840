package org.caseledger.bench;

import org.caseledger.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** CI runs the benchmark at a smoke size: every section runs and reports its figures (no timing asserted). */
class BenchSmokeTest {

    private String results;

    @BeforeEach
    void smokeSizes() {
        System.setProperty("bench.cases", "20");
        System.setProperty("bench.commands", "60");
        System.setProperty("bench.raw", "300");
        System.setProperty("bench.growth", "1000,3000");
        System.setProperty("bench.peerCapSeconds", "5");
        System.setProperty("bench.compactionSettleSeconds", "1"); // no waiting in a smoke test
        System.setProperty("bench.idleSeconds", "1");
        System.setProperty("bench.workOrders", "200");
        System.setProperty("bench.peopleCases", "300");
        System.setProperty("bench.sheetRows", "200");
        results = System.getProperty("bench.results");
    }

    @AfterEach
    void restore() {
        System.clearProperty("bench.mongodbUri");
        System.setProperty("bench.results", results);
    }

    @Test
    void the_benchmark_runs_end_to_end_at_a_smoke_size() throws Exception {
        Path json = Path.of("target/smoke-results.json");
        System.setProperty("bench.json", json.toString());
        Bench.runAll();
        String figures = Files.readString(json);
        assertThat(figures).contains("\"append\"", "commands/s, 1 thread", "insertOne/s, 4 threads", "load one case (10 events) at ",
                "bytes per stored event after compaction", "service start on the stored events",
                "replay into empty read models", "timeline p50 / p99", "axon-mongo-extension: replay from the tail", "axon-jdbc-h2",
                "work-order inbox (one union body)", "hotline dashboard (everything)", "search a worker by ID-card number",
                "a worker list of 200 rows added to a case")
                .doesNotContain("FAILED");
        assertThat(Files.readString(Path.of(System.getProperty("bench.results")))).contains("| append | commands/s, 4 threads |");
    }

    @Test
    void with_a_mongodb_uri_every_section_runs_against_that_server() throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.startInMemory()) {
            // the in-memory server stands in for a MongoDB; the URI's own database and write concern are replaced
            System.setProperty("bench.mongodbUri", server.connectionString() + "/caseledger?w=majority");
            Path json = Path.of("target/smoke-external-results.json");
            System.setProperty("bench.json", json.toString());
            Path table = Path.of("target/smoke-external-RESULTS.md");
            Files.deleteIfExists(table);
            System.setProperty("bench.results", table.toString());
            Bench.runAll();
            assertThat(Files.readString(json)).contains("commands/s, 4 threads (no commit per append)", "insertOne/s, 4 threads",
                    "bytes per stored event (storage size, indexes apart)", "replay into empty read models", "timeline p50 / p99",
                    "axon-mongo-extension: replay from the tail").doesNotContain("FAILED", "appends per H2 commit");
            assertThat(Files.readString(table)).contains("- store: MongoDB at [127.0.0.1:" + server.address().getPort() + "]");
        }
    }
}
