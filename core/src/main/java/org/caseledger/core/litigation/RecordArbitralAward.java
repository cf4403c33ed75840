package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** 仲裁裁决: the award, item by item, received on occurredOn. */
public record RecordArbitralAward(
        @TargetAggregateIdentifier CaseId caseId,
        String awardNo,
        List<AwardItem> items,
        LocalDate occurredOn) {

    public RecordArbitralAward {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(awardNo, "awardNo");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
