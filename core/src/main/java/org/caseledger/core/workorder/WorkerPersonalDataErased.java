package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** The worker's contact was erased: from now on it reads as erased everywhere. Holds no personal data itself. */
public record WorkerPersonalDataErased(
        WorkOrderId workOrderId,
        String reason,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkerPersonalDataErased {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
