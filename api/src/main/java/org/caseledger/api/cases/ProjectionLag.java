package org.caseledger.api.cases;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.caseledger.projections.ProjectionRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far the read models are behind the store, in events: the head of the global sequence minus the live
 * processor's position. Within {@code caseledger.projections.ready-lag} the projections count as caught up: the
 * service is ready, and a read waits the few milliseconds a just-written event takes to be projected; further
 * behind (a restart, a rebuild), reads answer at once with what is projected and its version.
 */
@Component
public class ProjectionLag {

    private final ProjectionRunner runner;
    private final EventStorageEngine engine;
    private final long readyLag;

    public ProjectionLag(ProjectionRunner runner, EventStorageEngine engine,
                         @Value("${caseledger.projections.ready-lag:1000}") long readyLag) {
        this.runner = runner;
        this.engine = engine;
        this.readyLag = readyLag;
    }

    public long events() {
        long head = ((GapAwareTrackingToken) engine.createHeadToken()).getIndex();
        return Math.max(0, head - runner.livePosition());
    }

    public long readyLag() {
        return readyLag;
    }

    /**
     * Asked by every read of a case; the answer is kept for {@value #KEPT_MILLIS} ms (a look at the store's head each
     * time cost more than the read it guards).
     */
    public boolean caughtUp() {
        long now = System.nanoTime();
        Checked last = checked;
        if (last != null && now - last.at() < KEPT_MILLIS * 1_000_000L) {
            return last.caughtUp();
        }
        boolean caughtUp = events() <= readyLag;
        checked = new Checked(now, caughtUp);
        return caughtUp;
    }

    static final long KEPT_MILLIS = 500;

    private record Checked(long at, boolean caughtUp) {
    }

    private volatile Checked checked;
}
