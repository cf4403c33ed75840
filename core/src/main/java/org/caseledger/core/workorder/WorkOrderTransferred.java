package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** A work order was handed to a department. */
public record WorkOrderTransferred(
        WorkOrderId workOrderId,
        String byBody,
        TransferDepartment department,
        String departmentName,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderTransferred {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
