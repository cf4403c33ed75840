package org.caseledger.core.workorder;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 受理: a call or message taken in as a work order by a union body, with the worker's contact ({@code personalData}: name, ID-card number, phone — sealed and erasable like a claimant's), the employer, the place, the industry and the demand in words. */
public record ReceiveWorkOrder(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        org.caseledger.core.kernel.UnionBody receivedBy,
        WorkOrderChannel channel,
        org.caseledger.core.intake.PersonalData personalData,
        Employer employer,
        String place,
        String industry,
        String demand,
        LocalDate occurredOn) implements WorkOrderCommand {

    public ReceiveWorkOrder {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(demand, "demand");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(demand, "demand");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
