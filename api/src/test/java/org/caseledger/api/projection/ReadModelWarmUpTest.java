package org.caseledger.api.projection;

import org.caseledger.api.cases.ReadModelWarmUp;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.caseledger.projections.ProjectionRunner;
import org.caseledger.projections.ReadModels;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Once the read models have caught up, the service reads the whole case list and dashboard once (the first person to
 * open a list is then not the one who waits for it to be decoded), and again after a rebuild's switch; never while the
 * read models are still behind the store.
 */
class ReadModelWarmUpTest {

    /** The scheduled check out of the way: each test asks for it itself. */
    static final Map<String, Object> CHECKED_BY_THE_TEST = Map.of("caseledger.deadlines.sweep-enabled", false,
            "caseledger.projections.warm-up-check", "1h");

    @Test
    void the_active_generation_is_read_once_when_caught_up_and_again_after_a_rebuild() {
        try (Node node = Node.start(CHECKED_BY_THE_TEST)) {
            for (int c = 0; c < 5; c++) {
                Cases.fileAndAssign("WU-" + c).forEach(cmd -> node.commands().sendAndWait(cmd));
            }
            ReadModelWarmUp warmUp = node.bean(ReadModelWarmUp.class);
            ReadModels readModels = node.bean(ReadModels.class);
            assertThat(warmUp.warmedGeneration()).isZero();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                warmUp.readOnceWhenCaughtUp();
                return warmUp.warmedGeneration() == 1;
            });

            int next = node.bean(ProjectionRunner.class).rebuild();
            await().atMost(Duration.ofSeconds(60)).until(() -> readModels.activeGeneration() == next);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                warmUp.readOnceWhenCaughtUp();
                return warmUp.warmedGeneration() == next;
            });
        }
    }

    @Test
    void nothing_is_read_while_the_read_models_are_behind_the_store() {
        // a lag of -1 events is never reached: the read models count as behind for good
        try (Node node = Node.start(Map.of("caseledger.deadlines.sweep-enabled", false, "caseledger.projections.warm-up-check", "1h",
                "caseledger.projections.ready-lag", -1))) {
            Cases.fileAndAssign("WU-behind").forEach(cmd -> node.commands().sendAndWait(cmd));
            ReadModelWarmUp warmUp = node.bean(ReadModelWarmUp.class);
            warmUp.readOnceWhenCaughtUp();
            assertThat(warmUp.warmedGeneration()).isZero();
        }
    }
}
