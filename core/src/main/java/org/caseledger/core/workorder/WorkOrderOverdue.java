package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** A time limit of the order passed on {@code dueOn} with its act not done by {@code body}; recorded the day after. */
public record WorkOrderOverdue(
        WorkOrderId workOrderId,
        WorkOrderTimeLimit limit,
        LocalDate dueOn,
        String body,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderOverdue {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
