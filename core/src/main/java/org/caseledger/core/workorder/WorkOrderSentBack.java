package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** A work order went back to the body that dispatched it, with the reason. */
public record WorkOrderSentBack(
        WorkOrderId workOrderId,
        String byBody,
        String to,
        String reason,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderSentBack {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
