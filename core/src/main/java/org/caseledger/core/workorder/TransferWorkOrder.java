package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 转办: the body holding the order hands it to a department (人社/劳动监察, 法院, 综治中心, other), named. */
public record TransferWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        TransferDepartment department,
        String departmentName,
        LocalDate occurredOn) implements WorkOrderCommand {

    public TransferWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(departmentName, "departmentName");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(departmentName, "departmentName");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
