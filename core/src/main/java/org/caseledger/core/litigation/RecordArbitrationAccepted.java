package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 仲裁受理: the commission accepted the case. */
public record RecordArbitrationAccepted(
        @TargetAggregateIdentifier CaseId caseId,
        String arbitrationCaseNo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordArbitrationAccepted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(arbitrationCaseNo, "arbitrationCaseNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(arbitrationCaseNo, "arbitrationCaseNo");
    }
}
