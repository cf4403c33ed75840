package org.caseledger.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** CI runs the benchmark at a smoke size: every section runs and reports its figures (no timing asserted). */
class BenchSmokeTest {

    @Test
    void the_benchmark_runs_end_to_end_at_a_smoke_size() throws Exception {
        System.setProperty("bench.cases", "20");
        System.setProperty("bench.commands", "60");
        System.setProperty("bench.raw", "300");
        System.setProperty("bench.growth", "1000,3000");
        System.setProperty("bench.peerCapSeconds", "5");
        Path json = Path.of("target/smoke-results.json");
        System.setProperty("bench.json", json.toString());
        Bench.runAll();
        String results = Files.readString(json);
        assertThat(results).contains("\"append\"", "commands/s, 1 thread", "insertOne/s, 4 threads", "load one case (10 events) at ",
                "bytes per stored event after compaction", "service start on the stored events",
                "replay into empty read models", "timeline p50 / p99", "axon-mongo-extension: replay from the tail", "axon-jdbc-h2");
        assertThat(Files.readString(Path.of(System.getProperty("bench.results")))).contains("| append | commands/s, 4 threads |");
    }
}
