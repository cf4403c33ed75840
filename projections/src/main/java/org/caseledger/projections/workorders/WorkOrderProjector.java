package org.caseledger.projections.workorders;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.caseledger.core.workorder.WorkOrderEvent;
import org.caseledger.projections.ReadModels;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Projects the work orders' events into their read models: each order's state, the inbox of the body that must act
 * next, its dashboard cell and its running time limit. Runs in the same processor and generation as the cases, so a
 * rebuild rebuilds them too. Under a processor's batch, an order is read once and the batch written once, in bulk, when
 * the batch commits (before the processor stores its token: a failed write rolls the batch back and it is delivered
 * again); anywhere else each event is written at once. An event at or below an order's projected sequence number was
 * applied already and changes nothing.
 */
public class WorkOrderProjector {

    private final WorkOrderDocuments documents;
    private final String batchResource;

    public WorkOrderProjector(WorkOrderDocuments documents, int generation) {
        this.documents = documents;
        this.batchResource = "caseledger.work-order-batch.g" + generation;
    }

    @EventHandler
    public void on(WorkOrderEvent event, DomainEventMessage<?> message) {
        if (!CurrentUnitOfWork.isStarted()) {
            Batch single = new Batch();
            single.apply(event, message);
            single.flush();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Batch batch = root.getOrComputeResource(batchResource, k -> {
            Batch b = new Batch();
            if (root instanceof org.axonframework.messaging.unitofwork.BatchingUnitOfWork<?> batching) {
                // the batch's orders read in one lookup, not one by one
                b.prefetch(batching.getMessages().stream().map(org.axonframework.messaging.Message::getPayload)
                        .filter(WorkOrderEvent.class::isInstance).map(p -> ((WorkOrderEvent) p).workOrderId().value()).distinct().toList());
            }
            root.onPrepareCommit(u -> b.flush());
            return b;
        });
        batch.apply(event, message);
    }

    /** The orders one batch changed: as they were before it and as they are now. */
    private final class Batch {
        private final Map<String, WorkOrderState> before = new LinkedHashMap<>();
        private final Map<String, WorkOrderState> after = new LinkedHashMap<>();

        private final Map<String, WorkOrderState> prefetched = new java.util.HashMap<>();
        private boolean fetched;

        void prefetch(java.util.List<String> ids) {
            if (!ids.isEmpty()) {
                prefetched.putAll(documents.findAll(ids));
                fetched = true;
            }
        }

        void apply(WorkOrderEvent event, DomainEventMessage<?> message) {
            String id = event.workOrderId().value();
            WorkOrderState state = after.get(id);
            if (state == null) {
                WorkOrderState stored = fetched ? prefetched.get(id) : documents.find(id);
                before.put(id, stored);
                state = stored == null ? new WorkOrderState() : ReadModels.fromDocument(ReadModels.toDocument(stored), WorkOrderState.class);
            }
            if (message.getSequenceNumber() <= state.seq) {
                return; // delivered again
            }
            if (state.seq < 0 && !(event instanceof org.caseledger.core.workorder.WorkOrderReceived)) {
                // an order's later event before its first (a store imported out of order): dead-lettered, with the order's
                // later events waiting behind it, rather than folded into a blank order or failing the whole batch
                throw new IllegalStateException("event " + message.getSequenceNumber() + " of work order " + id + " arrived before the order was taken in");
            }
            WorkOrderFold.apply(state, event, message.getSequenceNumber(), message.getPayloadType().getSimpleName());
            after.put(id, state);
        }

        void flush() {
            if (after.isEmpty()) {
                return;
            }
            Map<String, WorkOrderDocuments.Change> changes = new LinkedHashMap<>();
            after.forEach((id, state) -> changes.put(id, new WorkOrderDocuments.Change(before.get(id), state)));
            documents.write(changes);
            after.clear();
            before.clear();
        }
    }
}
