package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 转为案件: the order becomes (or joins) a wage case of the body holding it. */
public record ConvertWorkOrderToCase(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        org.caseledger.core.kernel.CaseId caseId,
        LocalDate occurredOn) implements WorkOrderCommand {

    public ConvertWorkOrderToCase {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
