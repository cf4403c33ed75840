package org.caseledger.core.money;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The money rules of an instrument's amounts (legal-basis §6.5 rule 3): the principal within the claim, 加付赔偿金 at most
 * the principal and, flagged, at least half of it and resting on an order (劳动合同法 art. 85).
 */
public final class InstrumentAmounts {

    private InstrumentAmounts() {
    }

    /** Principal bounded by the claim; 加付赔偿金 at most 100% of the principal (劳动合同法 art. 85). */
    public static void check(List<EnforceableAmount> amounts, Ledger ledger) {
        require(!amounts.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "an instrument names at least one amount");
        for (EnforceableAmount a : amounts) {
            ledger.balanceOf(a.claimantId());
            require(a.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "amount for " + a.claimantId());
        }
        byClaimant(amounts).forEach((id, parts) -> {
            Money principal = parts.getOrDefault(AmountComponent.PRINCIPAL, Money.ZERO);
            Money claimed = ledger.balanceOf(id).claimed();
            require(!principal.exceeds(claimed), RuleCode.ENFORCEABLE_PRINCIPAL_EXCEEDS_CLAIMED, "amounts",
                    id + " principal " + principal + " > claimed " + claimed);
            Money extra = parts.getOrDefault(AmountComponent.ADDITIONAL_COMPENSATION, Money.ZERO);
            require(!extra.exceeds(principal), RuleCode.ADDITIONAL_COMPENSATION_OVER_LIMIT, "amounts",
                    id + " additional compensation " + extra + " > principal " + principal);
        });
    }

    /**
     * 劳动合同法 art. 85: 加付赔偿金 follows a labour administration order to pay that was not obeyed, and is 50% to 100% of
     * the amount owed; an instrument without the order's number, or below half, is flagged, not refused (it says what it
     * says).
     */
    public static List<CaseWarning> compensationWarnings(List<EnforceableAmount> amounts, String orderNo) {
        boolean belowFloor = byClaimant(amounts).values().stream().anyMatch(parts -> {
            Money extra = parts.getOrDefault(AmountComponent.ADDITIONAL_COMPENSATION, Money.ZERO);
            Money principal = parts.getOrDefault(AmountComponent.PRINCIPAL, Money.ZERO);
            return extra.isPositive() && extra.plus(extra).fen() < principal.fen();
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

    /** Each claimant's amounts of an instrument, summed by component. */
    private static Map<ClaimantId, Map<AmountComponent, Money>> byClaimant(List<EnforceableAmount> amounts) {
        Map<ClaimantId, Map<AmountComponent, Money>> byClaimant = new HashMap<>();
        amounts.forEach(a -> byClaimant.computeIfAbsent(a.claimantId(), k -> new HashMap<>()).merge(a.component(), a.amount(), Money::plus));
        return byClaimant;
    }
}
