package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;

/** A work order was taken in. */
public record WorkOrderReceived(
        WorkOrderId workOrderId,
        org.caseledger.core.kernel.UnionBody receivedBy,
        WorkOrderChannel channel,
        org.caseledger.core.intake.PersonalData personalData,
        Employer employer,
        String place,
        String industry,
        String demand,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderReceived {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
