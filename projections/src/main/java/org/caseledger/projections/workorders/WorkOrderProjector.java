package org.caseledger.projections.workorders;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.caseledger.core.workorder.WorkOrderEvent;

/**
 * Projects each work-order event at once (an order has a dozen events, read and written by key): its state, the inbox
 * of the body that must act next, and its dashboard cell. Runs in the same processor and generation as the cases, so
 * a rebuild rebuilds them too.
 */
public class WorkOrderProjector {

    private final WorkOrderDocuments documents;

    public WorkOrderProjector(WorkOrderDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    public void on(WorkOrderEvent event, DomainEventMessage<?> message) {
        WorkOrderState before = documents.find(event.workOrderId().value());
        if (before != null && message.getSequenceNumber() <= before.seq) {
            return; // delivered again
        }
        WorkOrderState after = before == null ? new WorkOrderState() : org.caseledger.projections.ReadModels.fromDocument(org.caseledger.projections.ReadModels.toDocument(before), WorkOrderState.class);
        WorkOrderFold.apply(after, event, message.getSequenceNumber(), message.getPayloadType().getSimpleName());
        documents.write(before, after);
    }
}
