package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 答复: the body holding the order answers the worker. */
public record ReplyToWorker(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        String reply,
        LocalDate occurredOn) implements WorkOrderCommand {

    public ReplyToWorker {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(reply, "reply");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(reply, "reply");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
