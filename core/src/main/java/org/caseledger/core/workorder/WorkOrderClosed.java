package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** The order was checked and closed; {@code onTime} and {@code satisfaction} as its reply and callback said. */
public record WorkOrderClosed(
        WorkOrderId workOrderId,
        String qualityNote,
        boolean onTime,
        Satisfaction satisfaction,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderClosed {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(qualityNote, "qualityNote");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
