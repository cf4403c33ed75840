package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** The worker was answered; {@code onTime}: by the handling day (按期办结 counts it); {@code callbackDueOn}: the day to call back by. */
public record WorkerReplied(
        WorkOrderId workOrderId,
        String byBody,
        String reply,
        boolean onTime,
        LocalDate callbackDueOn,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkerReplied {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(callbackDueOn, "callbackDueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
