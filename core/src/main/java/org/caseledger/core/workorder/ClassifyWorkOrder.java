package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 分类定级: what the worker asks for and how hard it is (the grade sets the time to handle it). */
public record ClassifyWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        WorkOrderCategory category,
        WorkOrderGrade grade,
        LocalDate occurredOn) implements WorkOrderCommand {

    public ClassifyWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
