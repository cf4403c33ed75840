package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** The body an order was dispatched to signed for it; {@code late}: after its signing day. */
public record WorkOrderAccepted(
        WorkOrderId workOrderId,
        String byBody,
        boolean late,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderAccepted {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
