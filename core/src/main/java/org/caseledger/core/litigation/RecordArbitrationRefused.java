package org.caseledger.core.litigation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

/**
 * 不予受理: the commission refused the application; the worker may sue (劳动争议调解仲裁法 art. 29). Its silence for five
 * days opens the same road without this command.
 */
public record RecordArbitrationRefused(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        LocalDate occurredOn) {

    public RecordArbitrationRefused {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
