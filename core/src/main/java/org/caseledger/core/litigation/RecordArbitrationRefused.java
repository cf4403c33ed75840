package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 不予受理: the commission refused the application; the worker may sue (劳动争议调解仲裁法 art. 29). Its silence for five
 * days opens the same road without this command.
 */
public record RecordArbitrationRefused(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public RecordArbitrationRefused {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
