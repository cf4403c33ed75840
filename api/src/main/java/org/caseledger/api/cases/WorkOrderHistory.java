package org.caseledger.api.cases;

import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.workorder.WorkOrderEvent;
import org.caseledger.core.workorder.WorkOrderReceived;
import org.caseledger.eventstore.StoredStreams;
import org.caseledger.projections.workorders.WorkOrderFold;
import org.caseledger.projections.workorders.WorkOrderState;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A work order read from its own events (a key lookup on the store, so an order just taken in is already reachable):
 * the union bodies it has been with — the one that took it in and every body it was dispatched to — and its state.
 * A body on the path, and every body above one, may read the order; only a body on it acts on it (which acts when, the
 * order itself decides).
 */
@Component
public class WorkOrderHistory {

    /** The bodies an order has been with (the one that took it in first) and the one that holds it now. */
    public record Path(String receivedBy, Set<String> bodies, String holder) {
    }

    /** An order as its own page shows it: its state, the worker's contact as the store opens it (erased: 已删除), its version. */
    public record Read(WorkOrderState state, PersonalData worker, long version) {
    }

    private final StoredStreams streams;

    public WorkOrderHistory(StoredStreams streams) {
        this.streams = streams;
    }

    /** The order's path, or empty when there is no such work order (an unknown id, or a case's). */
    public Optional<Path> path(String workOrderId) {
        return read(workOrderId).map(r -> new Path(r.state().receivedBy, Set.copyOf(r.state().bodies), r.state().holder));
    }

    public Optional<Read> read(String workOrderId) {
        List<org.axonframework.eventhandling.DomainEventMessage<?>> events = streams.eventsFrom(workOrderId, 0);
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof WorkOrderReceived received)) {
            return Optional.empty();
        }
        WorkOrderState state = new WorkOrderState();
        for (var m : events) {
            if (m.getPayload() instanceof WorkOrderEvent e) {
                WorkOrderFold.apply(state, e, m.getSequenceNumber(), m.getPayloadType().getSimpleName());
            }
        }
        return Optional.of(new Read(state, received.personalData(), events.get(events.size() - 1).getSequenceNumber()));
    }
}
