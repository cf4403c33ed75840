package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 重新办理: a closed order opened again (the worker is not satisfied), with the reason. */
public record ReopenWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        String reason,
        LocalDate occurredOn) implements WorkOrderCommand {

    public ReopenWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(reason, "reason");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
