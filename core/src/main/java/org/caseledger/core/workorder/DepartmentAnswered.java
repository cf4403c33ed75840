package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** The department answered the order transferred to it. */
public record DepartmentAnswered(
        WorkOrderId workOrderId,
        String departmentName,
        String answer,
        LocalDate occurredOn) implements WorkOrderEvent {

    public DepartmentAnswered {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
