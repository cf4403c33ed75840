package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 质检办结: the order checked and closed (after the reply; the callback first where one is due). */
public record CloseWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        String qualityNote,
        LocalDate occurredOn) implements WorkOrderCommand {

    public CloseWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(qualityNote, "qualityNote");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(qualityNote, "qualityNote");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
