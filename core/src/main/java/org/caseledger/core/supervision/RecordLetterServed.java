package org.caseledger.core.supervision;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 送达: the day the recipient received a letter, when it was not handed over on the day of issue. The reply window runs
 * from receipt (浙江条例 arts. 21-22: "收到…之日起十五个工作日内"), so the due day moves with it.
 */
public record RecordLetterServed(
        @TargetAggregateIdentifier CaseId caseId,
        LetterId letterId,
        LocalDate occurredOn) implements DatedCommand {

    public RecordLetterServed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
