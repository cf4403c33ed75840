package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 回访: the worker called back after the reply, and the rating given. */
public record RecordCallback(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        Satisfaction satisfaction,
        String note,
        LocalDate occurredOn) implements WorkOrderCommand {

    public RecordCallback {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
