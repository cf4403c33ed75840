package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** A work order went down to a body below; {@code signingDueOn}: the day it is to be signed for by. */
public record WorkOrderDispatched(
        WorkOrderId workOrderId,
        String byBody,
        org.caseledger.core.kernel.UnionBody to,
        LocalDate signingDueOn,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderDispatched {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(signingDueOn, "signingDueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
