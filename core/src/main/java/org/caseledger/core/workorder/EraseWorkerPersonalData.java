package org.caseledger.core.workorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** 删除个人信息 (个人信息保护法 art. 47): the worker's contact in the order is to be erased — at any time, closed or not. */
public record EraseWorkerPersonalData(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String reason,
        LocalDate occurredOn) implements WorkOrderCommand {

    public EraseWorkerPersonalData {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(reason, "reason");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
