package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 退回: the body an order was dispatched to sends it back, with the reason (not its to answer). */
public record SendBackWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        String reason,
        LocalDate occurredOn) implements WorkOrderCommand {

    public SendBackWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(reason, "reason");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
