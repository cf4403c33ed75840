package org.caseledger.core.litigation;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.RegionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 仲裁裁决: the award, item by item, received on occurredOn. {@code partial}: a 先行裁决 on the part of the claims whose
 * facts are already clear, the rest still to be decided (劳动争议调解仲裁法 art. 43 ¶2). {@code statedType}: the type the
 * award states for all its items (an item may state its own). {@code madeOn}: the day the award was made (the minimum
 * wage in force that day decides art. 47; by default the day received). {@code commissionRegion}: the commission's
 * locality, if not the one named when arbitration was applied for (by default the union body's region).
 */
public record RecordArbitralAward(
        @TargetAggregateIdentifier CaseId caseId,
        String awardNo,
        List<AwardItem> items,
        boolean partial,
        LocalDate occurredOn,
        AwardType statedType,
        LocalDate madeOn,
        RegionCode commissionRegion) implements DatedCommand {

    public RecordArbitralAward {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(awardNo, "awardNo");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(awardNo, "awardNo");
        require(!items.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "an award has at least one item");
        items.forEach(i -> require(i.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "item for " + i.claimantId()));
        items = items.stream().map(i -> i.stating(statedType)).toList();
        madeOn = madeOn == null ? occurredOn : madeOn;
        require(!madeOn.isAfter(occurredOn), RuleCode.DATE_IN_FUTURE, "madeOn", "the award is received after it is made");
    }

    /** An award on part of the claims, or on all of them, its types item by item. */
    public RecordArbitralAward(CaseId caseId, String awardNo, List<AwardItem> items, boolean partial, LocalDate occurredOn) {
        this(caseId, awardNo, items, partial, occurredOn, null, null, null);
    }

    /** An award on all the claims. */
    public RecordArbitralAward(CaseId caseId, String awardNo, List<AwardItem> items, LocalDate occurredOn) {
        this(caseId, awardNo, items, false, occurredOn);
    }
}
