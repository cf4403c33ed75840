package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** A closed order was opened again, back with the body that answered it. */
public record WorkOrderReopened(
        WorkOrderId workOrderId,
        String reason,
        String holder,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderReopened {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
