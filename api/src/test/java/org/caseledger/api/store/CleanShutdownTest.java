package org.caseledger.api.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.caseledger.projections.ProjectionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator who rebuilds the read models twice and stops the service sees no ERROR line and no exception from a
 * connection closed under a running processor.
 */
class CleanShutdownTest {

    @TempDir
    Path dataDir;

    @Test
    void rebuilds_and_a_clean_shutdown_log_no_error_and_no_stack_trace() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try {
            Node node = Node.start(Map.of("caseledger.embedded.backend", "FILE", "caseledger.embedded.data-dir", dataDir.toString()));
            Cases.fileAndAssign("LD-Q1").forEach(c -> node.commands().sendAndWait(c));
            ProjectionRunner runner = node.bean(ProjectionRunner.class);
            for (int i = 0; i < 2; i++) {
                int generation = runner.rebuild();
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (runner.liveGeneration() != generation && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(runner.liveGeneration()).isEqualTo(generation);
            }
            node.close();
        } finally {
            root.detachAppender(captured);
        }
        List<String> bad = captured.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null)
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " — " + e.getThrowableProxy().getMessage()))
                .toList();
        assertThat(bad).isEmpty();
    }
}
