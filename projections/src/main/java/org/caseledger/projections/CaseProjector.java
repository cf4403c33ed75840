package org.caseledger.projections;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.Instant;
import java.util.List;

/**
 * Projects the events of each case into one generation of read models: its timeline, its case-list row, its
 * contribution to a dashboard cell and its open deadlines.
 * <p>
 * Under a processor that registered {@link #batchBoundary()}, the events of one processor batch are merged: a case
 * is read once and written once per batch, and the batch is written at its last event, inside its unit of work and
 * so before the processor stores its token (a failed write rolls the batch back and it is delivered again).
 * Anywhere else (dead letters retried one by one, tests) each event is written at once. Either way the result is the
 * same: see {@link ProjectionBatch} for why delivering an event twice changes nothing.
 * <p>
 * Recently written timelines are cached (validated by sequence number, see {@link TimelineCache}). After a node
 * that took over a segment crashed before storing its token, the events it had applied are delivered again here;
 * they are re-applied from the cached state and the case's documents end as they were, after being briefly behind
 * between two batches.
 */
public class CaseProjector {

    static final int CACHED_TIMELINES = 5_000;

    private final ReadModels.Generation generation;
    private final TimelineCache cache = new TimelineCache(CACHED_TIMELINES);
    private final String batchResource;

    public CaseProjector(ReadModels.Generation generation) {
        this.generation = generation;
        this.batchResource = "caseledger.projection-batch.g" + generation.number();
    }

    public ReadModels.Generation generation() {
        return generation;
    }

    @EventHandler
    public void on(WageCaseEvent event, DomainEventMessage<?> message) {
        ProjectionBatch batch = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(batchResource) : null;
        if (batch == null || batch.isFlushed()) {
            project(event, message.getSequenceNumber(), message.getTimestamp());
        } else {
            batch.apply(event, message.getSequenceNumber(), message.getTimestamp());
        }
    }

    /** Applies and writes one event. */
    public void project(WageCaseEvent event, long seq, Instant recordedAt) {
        ProjectionBatch batch = new ProjectionBatch(generation, cache);
        batch.apply(event, seq, recordedAt);
        batch.flush();
    }

    /** Applies the events in order and writes them as one batch. */
    void projectBatch(List<ProjectionBatch.Stamped> events) {
        ProjectionBatch batch = new ProjectionBatch(generation, cache);
        batch.prefetch(events.stream().map(s -> s.event().caseId().value()).toList());
        events.forEach(s -> batch.apply(s.event(), s.seq(), s.recordedAt()));
        batch.flush();
    }

    /**
     * Opens a batch at the first event of a processor batch (reading its cases' timelines in one lookup) and
     * writes it after the last, whatever happened to the events in between (a dead-lettered one included).
     */
    public MessageHandlerInterceptor<EventMessage<?>> batchBoundary() {
        return (unitOfWork, chain) -> {
            UnitOfWork<?> root = unitOfWork.root();
            if (!(root instanceof BatchingUnitOfWork<?> batching)) {
                return chain.proceed();
            }
            ProjectionBatch batch = root.getOrComputeResource(batchResource, k -> {
                ProjectionBatch b = new ProjectionBatch(generation, cache);
                b.prefetch(batching.getMessages().stream()
                        .filter(m -> m instanceof DomainEventMessage<?> d && d.getPayload() instanceof WageCaseEvent)
                        .map(m -> ((WageCaseEvent) m.getPayload()).caseId().value()).toList());
                // a batch whose last event never arrives here (it failed) is rolled back and redelivered; should a
                // processor commit without it, write before the batch is gone rather than lose it
                root.onPrepareCommit(u -> b.flush());
                return b;
            });
            Object result = chain.proceed();
            if (batching.isLastMessage()) {
                batch.flush();
            }
            return result;
        };
    }
}
