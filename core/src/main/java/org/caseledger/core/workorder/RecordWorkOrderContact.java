package org.caseledger.core.workorder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.contact.ContactKind;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.PersonalText;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.Objects;

/** 联系记录: the body holding the order (or the platform that took it in) records a call, visit, message or note about it. */
public record RecordWorkOrderContact(
        @TargetAggregateIdentifier WorkOrderId workOrderId,
        String byBody,
        ContactKind kind,
        String text,
        int minutes,
        LocalDate occurredOn) implements WorkOrderCommand {

    public RecordWorkOrderContact {
        Objects.requireNonNull(workOrderId, "workOrderId");
        CaseRuleViolation.requireText(byBody, "byBody");
        Objects.requireNonNull(kind, "kind");
        new PersonalText(text);
        CaseRuleViolation.require(minutes >= 0 && minutes <= 24 * 60, RuleCode.MINUTES_OUT_OF_RANGE, "minutes", "0 to 1440 minutes");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
