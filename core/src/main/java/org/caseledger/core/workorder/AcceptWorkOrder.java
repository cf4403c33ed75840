package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 签收: the body an order was dispatched to takes it on. */
public record AcceptWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        LocalDate occurredOn) implements WorkOrderCommand {

    public AcceptWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
