package org.caseledger.core.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.util.Objects;

/** Sent by the deadline sweeper: accepted only once the reply due date has passed unanswered; repeating it changes nothing. */
public record MarkLetterReplyOverdue(
        @TargetAggregateIdentifier CaseId caseId,
        LetterId letterId) {

    public MarkLetterReplyOverdue {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
    }
}
