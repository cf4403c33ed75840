package org.caseledger.core.litigation;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 仲裁裁决: the award, item by item, received on occurredOn. {@code partial}: a 先行裁决 on the part of the claims whose
 * facts are already clear, the rest still to be decided (劳动争议调解仲裁法 art. 43 ¶2).
 */
public record RecordArbitralAward(
        @TargetAggregateIdentifier CaseId caseId,
        String awardNo,
        List<AwardItem> items,
        boolean partial,
        LocalDate occurredOn) implements DatedCommand {

    public RecordArbitralAward {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(awardNo, "awardNo");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(awardNo, "awardNo");
        require(!items.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "an award has at least one item");
        items.forEach(i -> require(i.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "item for " + i.claimantId()));
    }

    /** An award on all the claims. */
    public RecordArbitralAward(CaseId caseId, String awardNo, List<AwardItem> items, LocalDate occurredOn) {
        this(caseId, awardNo, items, false, occurredOn);
    }
}
