package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 召开协商会: record a coordination meeting or mediation session. */
public record HoldCoordinationMeeting(
        @TargetAggregateIdentifier CaseId caseId,
        MeetingFormat format,
        List<String> attendees,
        String outcome,
        LocalDate occurredOn) implements DatedCommand {

    public HoldCoordinationMeeting {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(format, "format");
        attendees = List.copyOf(Objects.requireNonNull(attendees, "attendees"));
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(outcome, "outcome");
    }
}
