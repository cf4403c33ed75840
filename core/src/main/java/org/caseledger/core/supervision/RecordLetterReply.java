package org.caseledger.core.supervision;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** Record the recipient's reply to a letter. */
public record RecordLetterReply(
        @TargetAggregateIdentifier CaseId caseId,
        LetterId letterId,
        ReplyOutcome outcome,
        String summary,
        LocalDate occurredOn) implements DatedCommand {

    public RecordLetterReply {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
