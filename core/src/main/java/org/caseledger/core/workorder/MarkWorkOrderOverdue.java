package org.caseledger.core.workorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Sent by the deadline sweeper, perhaps more than once: a time limit of the order passed with its act not done. */
public record MarkWorkOrderOverdue(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        WorkOrderTimeLimit limit) {

    public MarkWorkOrderOverdue {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(limit, "limit");
    }
}
