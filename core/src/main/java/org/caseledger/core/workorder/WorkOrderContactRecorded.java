package org.caseledger.core.workorder;

import org.caseledger.core.contact.ContactKind;
import org.caseledger.core.kernel.PersonalText;

import java.time.LocalDate;
import java.util.Objects;

/** A contact about a work order was recorded: its words are the order's {@code personalData}, sealed under its worker's key and erased with him. */
public record WorkOrderContactRecorded(
        WorkOrderId workOrderId,
        String byBody,
        ContactKind kind,
        PersonalText personalData,
        int minutes,
        LocalDate occurredOn) implements WorkOrderEvent {

    public WorkOrderContactRecorded {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(byBody, "byBody");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
