package org.caseledger.projections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers take the active generation as last read for {@value ReadModels#ACTIVE_KEPT_MILLIS} ms: a switch made on
 * this node is read at once, one made by another node (another {@link ReadModels} on the same database) once that
 * time has passed.
 */
class ActiveGenerationTest {

    final ProjectionHarness h = new ProjectionHarness();
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final ReadModels here = new ReadModels(h.database, now::get);
    final ReadModels elsewhere = new ReadModels(h.database, now::get);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void a_switch_made_here_is_read_at_once() {
        here.activate(1);
        assertThat(here.active().number()).isEqualTo(1);
        here.activate(2);
        assertThat(here.active().number()).isEqualTo(2);
    }

    @Test
    void a_switch_made_elsewhere_is_read_once_the_last_reading_is_a_second_old() {
        elsewhere.activate(1);
        assertThat(here.active().number()).isEqualTo(1);

        elsewhere.activate(2);
        now.addAndGet(ReadModels.ACTIVE_KEPT_MILLIS * 1_000_000L - 1);
        assertThat(here.active().number()).as("still the generation read a moment ago").isEqualTo(1);
        assertThat(here.activeGeneration()).as("the stored one, asked directly").isEqualTo(2);

        now.addAndGet(1);
        assertThat(here.active().number()).isEqualTo(2);
    }
}
