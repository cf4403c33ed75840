package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

/**
 * 延期: the commission's chair extended the period for the award, by at most 15 days (劳动争议调解仲裁法 art. 43 ¶1);
 * {@code extendedTo} is the new last day.
 */
public record RecordAwardPeriodExtension(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate extendedTo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordAwardPeriodExtension {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(extendedTo, "extendedTo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
