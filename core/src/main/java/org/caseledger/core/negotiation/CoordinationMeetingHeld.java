package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A coordination meeting or mediation session took place. */
public record CoordinationMeetingHeld(
        CaseId caseId,
        MeetingFormat format,
        List<String> attendees,
        String outcome,
        LocalDate occurredOn) implements WageCaseEvent {

    public CoordinationMeetingHeld {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(format, "format");
        attendees = List.copyOf(Objects.requireNonNull(attendees, "attendees"));
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return CaseStage.NEGOTIATION;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEETING, "CoordinationMeetingHeld", code(format), text(outcome));
    }
}
