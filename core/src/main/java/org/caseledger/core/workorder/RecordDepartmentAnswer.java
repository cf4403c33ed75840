package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department's answer to an order transferred to it. */
public record RecordDepartmentAnswer(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        String answer,
        LocalDate occurredOn) implements WorkOrderCommand {

    public RecordDepartmentAnswer {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(answer, "answer");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(answer, "answer");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
