package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** The order became, or joined, a wage case. */
public record WorkOrderConvertedToCase(
        WorkOrderId workOrderId,
        String byBody,
        org.caseledger.core.kernel.CaseId caseId,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderConvertedToCase {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
