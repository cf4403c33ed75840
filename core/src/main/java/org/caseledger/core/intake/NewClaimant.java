package org.caseledger.core.intake;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimItem;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * A claimant (劳动者) as named in a claim: who they are (personal data, kept apart) and what they claim, item by kind
 * ({@code items}: the unpaid wages, the overtime pay, the 经济补偿 …). {@code claimed} is the sum of the items; either
 * may be given alone. A claim stored before the kinds were known, or given as a sum only, is one item of unpaid wages.
 */
public record NewClaimant(ClaimantId claimantId, PersonalData personalData, Money claimed, List<ClaimItem> items) {

    public NewClaimant {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(personalData, "personalData");
        if (items == null || items.isEmpty()) {
            Objects.requireNonNull(claimed, "claimed");
            items = List.of(new ClaimItem(AmountComponent.PRINCIPAL, claimed));
        } else {
            items = List.copyOf(items);
            Set<AmountComponent> kinds = EnumSet.noneOf(AmountComponent.class);
            long sum = 0;
            for (ClaimItem item : items) {
                require(item.component().isClaimable(), RuleCode.CLAIM_ITEM_NOT_CLAIMABLE, "items", "claim of " + claimantId);
                require(kinds.add(item.component()), RuleCode.CLAIM_ITEM_TWICE, "items", item.component() + " in the claim of " + claimantId);
                require(item.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "items", "claim of " + claimantId);
                require(item.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "items", "claim of " + claimantId);
                sum += item.amount().fen(); // each and the sum so far at most 10^15: never overflows
                require(sum <= Money.LIMIT.fen(), RuleCode.AMOUNT_TOO_LARGE, "items", "claim of " + claimantId);
            }
            require(claimed == null || claimed.fen() == sum, RuleCode.CLAIM_ITEMS_DO_NOT_ADD_UP, "claimed",
                    "claim of " + claimantId + ": items add up to " + Money.ofFen(sum));
            claimed = Money.ofFen(sum);
        }
    }

    /** A claim of unpaid wages only. */
    public NewClaimant(ClaimantId claimantId, PersonalData personalData, Money claimed) {
        this(claimantId, personalData, claimed, null);
    }
}
