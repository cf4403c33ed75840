package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 派单: the body holding the order sends it down to a body below it ({@code to}), which must sign for it. */
public record DispatchWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        org.caseledger.core.kernel.UnionBody to,
        LocalDate occurredOn) implements WorkOrderCommand {

    public DispatchWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
