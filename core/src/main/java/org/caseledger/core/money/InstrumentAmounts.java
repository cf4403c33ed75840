package org.caseledger.core.money;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The money rules of an instrument's amounts (legal-basis §6.5 rule 3): what it grants of the kinds the worker claimed
 * stays within the claim (the kinds he did not claim, and interest, are the instrument's own additions); 加付赔偿金 at
 * most the 应付金额 it is measured against and, flagged, at least half of it and resting on an order (劳动合同法 art. 85).
 */
public final class InstrumentAmounts {

    private InstrumentAmounts() {
    }

    public static void check(List<EnforceableAmount> amounts, boolean includeEarlierPayments, Ledger ledger) {
        require(!amounts.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "an instrument names at least one amount");
        for (EnforceableAmount a : amounts) {
            ledger.balanceOf(a.claimantId());
            require(a.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "amount for " + a.claimantId());
            require(a.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "amounts", "amount for " + a.claimantId());
        }
        byClaimant(amounts).forEach((id, parts) -> {
            ClaimantBalance b = ledger.balanceOf(id);
            Money ofClaimedKinds = Money.sum(parts.entrySet().stream()
                    .filter(p -> b.claimedItems().containsKey(p.getKey()) && !p.getKey().isInterest()
                            && p.getKey() != AmountComponent.ADDITIONAL_COMPENSATION)
                    .map(Map.Entry::getValue).toList());
            require(!ofClaimedKinds.exceeds(b.claimed()), RuleCode.ENFORCEABLE_PRINCIPAL_EXCEEDS_CLAIMED, "amounts",
                    id + " is granted " + ofClaimedKinds + " of what he claimed, > claimed " + b.claimed());
            Money extra = parts.getOrDefault(AmountComponent.ADDITIONAL_COMPENSATION, Money.ZERO);
            Money owed = owedUnderArticle85(parts, b, includeEarlierPayments);
            require(!extra.exceeds(owed), RuleCode.ADDITIONAL_COMPENSATION_OVER_LIMIT, "amounts",
                    id + " additional compensation " + extra + " > the amount owed " + owed);
        });
    }

    /**
     * 劳动合同法 art. 85: 加付赔偿金 follows a labour administration order to pay that was not obeyed, and is 50% to 100% of
     * the amount owed; an instrument without the order's number, or below half, is flagged, not refused (it says what it
     * says).
     */
    public static List<CaseWarning> compensationWarnings(List<EnforceableAmount> amounts, String orderNo, boolean includeEarlierPayments,
                                                         Ledger ledger) {
        boolean belowFloor = byClaimant(amounts).entrySet().stream().anyMatch(e -> {
            Money extra = e.getValue().getOrDefault(AmountComponent.ADDITIONAL_COMPENSATION, Money.ZERO);
            Money owed = owedUnderArticle85(e.getValue(), ledger.balanceOf(e.getKey()), includeEarlierPayments);
            return extra.isPositive() && extra.plus(extra).fen() < owed.fen();
        });
        boolean anyCompensation = amounts.stream().anyMatch(a -> a.component() == AmountComponent.ADDITIONAL_COMPENSATION);
        List<CaseWarning> warnings = new ArrayList<>();
        if (anyCompensation && (orderNo == null || orderNo.isBlank())) {
            warnings.add(CaseWarning.ADDITIONAL_COMPENSATION_WITHOUT_ORDER);
        }
        if (belowFloor) {
            warnings.add(CaseWarning.ADDITIONAL_COMPENSATION_BELOW_FLOOR);
        }
        return warnings;
    }

    /**
     * The 应付金额 of art. 85 (wages, overtime pay, 经济补偿) the instrument grants; where its amounts are the sum still
     * owed, with what the claimant had received of those kinds before it, which was owed as much.
     */
    private static Money owedUnderArticle85(Map<AmountComponent, Money> parts, ClaimantBalance b, boolean includeEarlierPayments) {
        Money granted = Money.sum(parts.entrySet().stream().filter(p -> p.getKey().isOwedUnderArticle85()).map(Map.Entry::getValue).toList());
        if (includeEarlierPayments) {
            return granted;
        }
        Money paidBefore = Money.sum(b.receivedItems().entrySet().stream().filter(p -> p.getKey().isOwedUnderArticle85())
                .map(Map.Entry::getValue).toList());
        return granted.plus(paidBefore);
    }

    /** Each claimant's amounts of an instrument, summed by kind. */
    private static Map<ClaimantId, Map<AmountComponent, Money>> byClaimant(List<EnforceableAmount> amounts) {
        Map<ClaimantId, Map<AmountComponent, Money>> byClaimant = new LinkedHashMap<>();
        amounts.forEach(a -> byClaimant.computeIfAbsent(a.claimantId(), k -> new EnumMap<>(AmountComponent.class)).merge(a.component(), a.amount(), Money::plus));
        return byClaimant;
    }
}
