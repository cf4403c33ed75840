package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 仲裁裁决: the award, item by item, received on occurredOn. {@code partial}: a 先行裁决 on the part of the claims whose
 * facts are already clear, the rest still to be decided (劳动争议调解仲裁法 art. 43 ¶2).
 */
public record RecordArbitralAward(
        @TargetAggregateIdentifier CaseId caseId,
        String awardNo,
        List<AwardItem> items,
        boolean partial,
        LocalDate occurredOn) {

    public RecordArbitralAward {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(awardNo, "awardNo");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** An award on all the claims. */
    public RecordArbitralAward(CaseId caseId, String awardNo, List<AwardItem> items, LocalDate occurredOn) {
        this(caseId, awardNo, items, false, occurredOn);
    }
}
