package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** A work order was classified and graded; {@code handlingDueOn}: the day it is to be answered by. */
public record WorkOrderClassified(
        WorkOrderId workOrderId,
        WorkOrderCategory category,
        WorkOrderGrade grade,
        LocalDate handlingDueOn,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderClassified {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(handlingDueOn, "handlingDueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
