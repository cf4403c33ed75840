package org.caseledger.api.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.caseledger.api.RestoreCommand;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.audit.CaseAudit;
import org.caseledger.projections.timeline.TimelineDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store is backed up while the service runs and a writer keeps writing, more is written after the
 * backup, and the restored store serves the cases exactly as they were at the backup:
 * the same timelines, every case's read model equal to the replay of its events, and no trace of the later writes.
 */
class BackupRestoreTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path dir;

    @Test
    void a_backup_taken_while_writing_restores_the_state_of_its_moment_and_replay_equals_it() throws Exception {
        Path data = dir.resolve("data");
        Map<String, Object> onFile = Map.of("caseledger.embedded.backend", "FILE", "caseledger.embedded.data-dir", data.toString());
        StoreBackup.Written backup;
        String timelineAtBackup;
        try (Node node = Node.start(onFile)) {
            Cases.fileAndAssign("LD-BK1").forEach(c -> node.commands().sendAndWait(c));
            node.commands().sendAndWait(Cases.meeting("LD-BK1", "before the backup"));
            Cases.fileAndAssign("LD-BK2").forEach(c -> node.commands().sendAndWait(c));
            timelineAtBackup = projected(node, "LD-BK1", 3);

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    node.commands().sendAndWait(Cases.meeting("LD-BK2", "during the backup " + written.get()));
                    written.incrementAndGet(); // acknowledged
                }
            });
            writer.start();
            while (written.get() < 20) {
                Thread.sleep(10);
            }
            backup = node.bean(StoreBackup.class).backup();
            writing.set(false);
            writer.join();
            node.commands().sendAndWait(Cases.meeting("LD-BK1", "after the backup"));
            assertThat(projected(node, "LD-BK1", 4)).isNotEqualTo(timelineAtBackup);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(restore(backup.file(), data, out)).as("a running service's store is not replaced").isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("stop the service first");
        }
        assertThat(backup.bytes()).isPositive();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(restore(backup.file(), data, out)).as(out.toString(StandardCharsets.UTF_8)).isZero();

        try (Node restored = Node.start(onFile)) {
            assertThat(projected(restored, "LD-BK1", 3)).isEqualTo(timelineAtBackup);
            CaseAudit audit = restored.bean(CaseAudit.class);
            for (String caseId : new String[]{"LD-BK1", "LD-BK2"}) {
                projected(restored, caseId, audit.verify(caseId).events() - 1); // the processor resumes where the backup left it
                CaseAudit.Verification v = audit.verify(caseId);
                assertThat(v.matches()).as(caseId + " " + v.differences()).isTrue();
            }
            assertThat(audit.verify("LD-BK1").events()).isEqualTo(4);
            assertThat(audit.verify("LD-BK2").events()).as("a prefix of the writes made during the backup").isBetween(3 + 20, 3 + 100_000);
        }
    }

    /** The case's timeline as projected once it shows {@code seq}, as JSON. */
    private static String projected(Node node, String caseId, long seq) throws Exception {
        TimelineDocuments timelines = node.bean(ReadModels.class).active().timelineDocuments();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            var stored = timelines.find(caseId);
            if (stored.isPresent() && stored.get().lastSeq() >= seq) {
                assertThat(stored.get().lastSeq()).isEqualTo(seq);
                return JSON.writeValueAsString(stored.get().timeline());
            }
            Thread.sleep(20);
        }
        throw new AssertionError(caseId + " not projected to " + seq);
    }

    /** The restore command as an operator runs it: {@code restore <backup.zip> <data-dir>}. */
    private static int restore(String backup, Path data, ByteArrayOutputStream out) {
        return RestoreCommand.run(new String[]{"restore", backup, data.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
