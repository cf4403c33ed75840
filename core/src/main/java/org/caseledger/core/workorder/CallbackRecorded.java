package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** The worker was called back; {@code late}: after the callback day. */
public record CallbackRecorded(
        WorkOrderId workOrderId,
        Satisfaction satisfaction,
        String note,
        boolean late,
        LocalDate occurredOn) implements WorkOrderEvent {

    public CallbackRecorded {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
