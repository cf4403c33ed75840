package org.caseledger.core.ledger;

import org.caseledger.core.money.LateInterestAssessed;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.money.FundsDisbursed;
import org.caseledger.core.money.PaymentAllocated;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.PaymentReceived;
import org.caseledger.core.money.UnallocatedFundsRefunded;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.caseledger.core.enforcement.JudgmentDebtorAdded;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.ObligorLiabilityRecorded;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.litigation.InstrumentBecameEffective;
import org.caseledger.core.negotiation.ClaimAmountRevised;
import org.caseledger.core.negotiation.MediationAgreementReached;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.RuleCode;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The case's money (legal-basis §6.5): one {@link ClaimantBalance} per claimant, the unallocated rest of each
 * payment, and what each capped judgment debtor has paid. Totals are always sums over the claimants, never
 * stored apart. The guards here are the money invariants; {@code WageCase} calls them before applying.
 */
public class Ledger {

    private final Map<ClaimantId, ClaimantBalance> claimants = new LinkedHashMap<>();
    private final Map<PaymentId, Money> unallocatedByPayment = new HashMap<>();
    private final Map<PaymentId, ObligorId> payerByPayment = new HashMap<>();
    private final Map<ObligorId, Money> liabilityCaps = new HashMap<>();
    private final Map<ObligorId, Money> paidByObligor = new HashMap<>();
    /** What payers who are not parties paid in (the wage deposit, the emergency fund), less refunds. */
    private Money paidByOthers = Money.ZERO;

    // ---- queries

    public Map<ClaimantId, ClaimantBalance> claimants() {
        return Collections.unmodifiableMap(claimants);
    }

    public ClaimantBalance balanceOf(ClaimantId id) {
        ClaimantBalance balance = claimants.get(id);
        require(balance != null, RuleCode.UNKNOWN_CLAIMANT, "claimantId", "claimant " + id);
        return balance;
    }

    public Money total(Function<ClaimantBalance, Money> column) {
        return Money.sum(claimants.values().stream().map(column).toList());
    }

    public Money totalClaimed() {
        return total(ClaimantBalance::claimed);
    }

    public Money totalReceived() {
        return total(ClaimantBalance::received);
    }

    public Money totalDisbursed() {
        return total(ClaimantBalance::disbursed);
    }

    public Money totalOutstanding() {
        return total(ClaimantBalance::outstanding);
    }

    public Money totalUndisbursed() {
        return total(ClaimantBalance::undisbursed);
    }

    public Money unallocated() {
        return Money.sum(unallocatedByPayment.values());
    }

    public boolean hasPayment(PaymentId id) {
        return unallocatedByPayment.containsKey(id);
    }

    public Money unallocatedOf(PaymentId id) {
        Money rest = unallocatedByPayment.get(id);
        require(rest != null, RuleCode.UNKNOWN_PAYMENT, "paymentId", "payment " + id);
        return rest;
    }

    /** Every claimant fully received and disbursed, nothing unallocated (§6.5 rule 7). */
    public boolean isPaidInFull() {
        return claimants.values().stream().allMatch(ClaimantBalance::isSettled) && unallocated().isZero();
    }

    // ---- guards

    /** Claimants new to the case, with distinct ids and positive claims. */
    public void checkNewClaimants(List<NewClaimant> newcomers) {
        Set<ClaimantId> seen = new HashSet<>();
        for (NewClaimant c : newcomers) {
            require(seen.add(c.claimantId()) && !claimants.containsKey(c.claimantId()), RuleCode.DUPLICATE_CLAIMANT,
                    "claimants", "claimant " + c.claimantId());
            require(c.claimed().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "claimants", "claim of " + c.claimantId());
            require(c.claimed().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "claimants", "claim of " + c.claimantId());
        }
        checkTotalClaimed(Money.sum(newcomers.stream().map(NewClaimant::claimed).toList()), Money.ZERO, "claimants");
    }

    /** The case's claims stay within {@link Money#LIMIT} after adding {@code added} and taking away {@code removed}. */
    private void checkTotalClaimed(Money added, Money removed, String field) {
        long total = Money.sum(claimants.values().stream().map(ClaimantBalance::claimed).toList()).fen() - removed.fen();
        require(added.fen() <= Money.LIMIT.fen() - total, RuleCode.AMOUNT_TOO_LARGE, field, "the case's claims would total more than " + Money.LIMIT);
    }

    /** What the case received stays within {@link Money#LIMIT}, so no sum over its payments can overflow. */
    public void checkReceivable(Money amount) {
        long received = Money.sum(paidByObligor.values()).plus(paidByOthers).fen();
        require(amount.isWithinLimit() && amount.fen() <= Money.LIMIT.fen() - received, RuleCode.AMOUNT_TOO_LARGE, "amount",
                "the case would have received more than " + Money.LIMIT);
    }

    /** Known claimants, each named once. */
    public void checkClaimants(List<ClaimantId> ids, String field) {
        Set<ClaimantId> seen = new HashSet<>();
        for (ClaimantId id : ids) {
            balanceOf(id);
            require(seen.add(id), RuleCode.DUPLICATE_CLAIMANT, field, "claimant " + id + " appears twice");
        }
    }

    /** Per-claimant amounts: known claimants, each at most once, positive. */
    public void checkAmounts(List<ClaimantAmount> amounts, String field) {
        Set<ClaimantId> seen = new HashSet<>();
        for (ClaimantAmount a : amounts) {
            balanceOf(a.claimantId());
            require(seen.add(a.claimantId()), RuleCode.DUPLICATE_CLAIMANT, field, "claimant " + a.claimantId() + " appears twice");
            require(a.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, field, "amount for " + a.claimantId());
        }
    }

    public void checkAgreement(List<ClaimantAmount> agreed, String reductionReason) {
        require(!agreed.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "agreedAmounts", "an agreement names at least one amount");
        checkAmounts(agreed, "agreedAmounts");
        boolean reduced = false;
        for (ClaimantAmount a : agreed) {
            Money claimed = balanceOf(a.claimantId()).claimed();
            require(!a.amount().exceeds(claimed), RuleCode.AGREED_EXCEEDS_CLAIMED, "agreedAmounts",
                    a.claimantId() + " agreed " + a.amount() + " > claimed " + claimed);
            reduced |= claimed.exceeds(a.amount());
        }
        require(!reduced || (reductionReason != null && !reductionReason.isBlank()), RuleCode.REDUCTION_REASON_REQUIRED,
                "reductionReason", null);
    }

    public void checkRevision(ClaimantId id, Money revised) {
        ClaimantBalance b = balanceOf(id);
        require(revised.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "revised", null);
        require(revised.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "revised", null);
        checkTotalClaimed(revised, b.claimed(), "revised");
        require(!revised.equals(b.claimed()), RuleCode.REVISION_UNCHANGED, "revised", "already " + revised);
        Money agreed = b.agreed() == null ? Money.ZERO : b.agreed();
        Money floor = agreed.exceeds(b.received()) ? agreed : b.received();
        require(!floor.exceeds(revised), RuleCode.REVISION_BELOW_AGREED_OR_RECEIVED, "revised",
                "revised " + revised + " < " + floor);
    }

    /** Principal bounded by the claim; 加付赔偿金 at most 100% of the principal (劳动合同法 art. 85). */
    public void checkEnforceable(List<EnforceableAmount> amounts) {
        require(!amounts.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "an instrument names at least one amount");
        for (EnforceableAmount a : amounts) {
            balanceOf(a.claimantId());
            require(a.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "amount for " + a.claimantId());
        }
        componentsByClaimant(amounts).forEach((id, parts) -> {
            Money principal = parts.getOrDefault(AmountComponent.PRINCIPAL, Money.ZERO);
            Money claimed = balanceOf(id).claimed();
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
    public List<org.caseledger.core.kernel.CaseWarning> compensationWarnings(List<EnforceableAmount> amounts, String orderNo) {
        boolean belowFloor = componentsByClaimant(amounts).values().stream().anyMatch(parts -> {
            Money extra = parts.getOrDefault(AmountComponent.ADDITIONAL_COMPENSATION, Money.ZERO);
            Money principal = parts.getOrDefault(AmountComponent.PRINCIPAL, Money.ZERO);
            return extra.isPositive() && extra.plus(extra).fen() < principal.fen();
        });
        boolean anyCompensation = amounts.stream().anyMatch(a -> a.component() == AmountComponent.ADDITIONAL_COMPENSATION);
        List<org.caseledger.core.kernel.CaseWarning> warnings = new java.util.ArrayList<>();
        if (anyCompensation && (orderNo == null || orderNo.isBlank())) {
            warnings.add(org.caseledger.core.kernel.CaseWarning.ADDITIONAL_COMPENSATION_WITHOUT_ORDER);
        }
        if (belowFloor) {
            warnings.add(org.caseledger.core.kernel.CaseWarning.ADDITIONAL_COMPENSATION_BELOW_FLOOR);
        }
        return warnings;
    }

    /** Each claimant's amounts of an instrument, summed by component. */
    private static Map<ClaimantId, Map<AmountComponent, Money>> componentsByClaimant(List<EnforceableAmount> amounts) {
        Map<ClaimantId, Map<AmountComponent, Money>> byClaimant = new HashMap<>();
        amounts.forEach(a -> byClaimant.computeIfAbsent(a.claimantId(), k -> new HashMap<>()).merge(a.component(), a.amount(), Money::plus));
        return byClaimant;
    }

    /** What a capped judgment debtor can still be made to pay (its cap less what it paid), or empty when uncapped. */
    public java.util.Optional<Money> remainingCapOf(ObligorId obligor) {
        Money cap = liabilityCaps.get(obligor);
        return cap == null ? java.util.Optional.empty()
                : java.util.Optional.of(cap.minus(paidByObligor.getOrDefault(obligor, Money.ZERO)));
    }

    /** Allocations fit in {@code available} and no claimant ends above target (§6.5 rules 2 and 4). */
    public void checkAllocations(List<ClaimantAmount> allocations, Money available) {
        checkAmounts(allocations, "allocations");
        Money sum = Money.sum(allocations.stream().map(ClaimantAmount::amount).toList());
        require(!sum.exceeds(available), RuleCode.ALLOCATION_EXCEEDS_PAYMENT, "allocations",
                "allocated " + sum + " > available " + available);
        for (ClaimantAmount a : allocations) {
            ClaimantBalance b = balanceOf(a.claimantId());
            require(!a.amount().exceeds(b.outstanding()), RuleCode.OVERPAYMENT, "allocations",
                    a.claimantId() + " would receive " + b.received().plus(a.amount()) + " > target " + b.target());
        }
    }

    /**
     * What an obligor can be made to pay now: everything still outstanding, or for a capped one no more than its cap less
     * what it paid (保障农民工工资支付条例 art. 29 ¶2; 变更追加规定 arts. 17-19, 22-25).
     */
    public Money owedBy(ObligorId obligor) {
        Money outstanding = totalOutstanding();
        return remainingCapOf(obligor).filter(outstanding::exceeds).map(rest -> rest.isPositive() ? rest : Money.ZERO).orElse(outstanding);
    }

    /** What an obligor has paid into the case, less refunds. */
    public Money paidBy(ObligorId obligor) {
        return paidByObligor.getOrDefault(obligor, Money.ZERO);
    }

    /** A new cap cannot fall below what the obligor already paid under it (the payments stand). */
    public void checkCapCoversPaid(ObligorId obligor, Money cap) {
        if (cap != null) {
            Money paid = paidBy(obligor);
            require(!paid.exceeds(cap), RuleCode.LIABILITY_CAP_BELOW_PAID, "liabilityCap", obligor + " already paid " + paid);
        }
    }

    /** A capped obligor pays no more than its cap (条例 art. 29 ¶2; 变更追加规定 arts. 17-19, 22-25). */
    public void checkWithinLiabilityCap(ObligorId payer, Money amount) {
        if (payer == null) {
            return; // a payer who is not a party answers for nothing in this case
        }
        Money cap = liabilityCaps.get(payer);
        if (cap != null) {
            Money after = paidByObligor.getOrDefault(payer, Money.ZERO).plus(amount);
            require(!after.exceeds(cap), RuleCode.LIABILITY_CAP_EXCEEDED, "amount", payer + " would have paid " + after + " > cap " + cap);
        }
    }

    public void checkRefund(PaymentId id, Money amount) {
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        Money rest = unallocatedOf(id);
        require(!amount.exceeds(rest), RuleCode.REFUND_EXCEEDS_UNALLOCATED, "amount", "unallocated " + rest);
    }

    public void checkDisbursement(ClaimantId id, Money amount) {
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        ClaimantBalance b = balanceOf(id);
        require(!amount.exceeds(b.undisbursed()), RuleCode.DISBURSEMENT_EXCEEDS_RECEIVED, "amount",
                id + " holds " + b.undisbursed());
    }

    // ---- state changes (event-sourcing handlers: no decisions here)

    @EventSourcingHandler
    void on(WageClaimFiled e) {
        e.claimants().forEach(c -> claimants.put(c.claimantId(), ClaimantBalance.claiming(c.claimed())));
        e.obligors().stream().filter(o -> o.liabilityCap() != null).forEach(o -> liabilityCaps.put(o.obligorId(), o.liabilityCap()));
    }

    @EventSourcingHandler
    void on(ObligorLiabilityRecorded e) {
        if (e.liabilityCap() == null) {
            liabilityCaps.remove(e.obligorId());
        } else {
            liabilityCaps.put(e.obligorId(), e.liabilityCap());
        }
    }

    @EventSourcingHandler
    void on(ClaimantAdded e) {
        claimants.put(e.claimant().claimantId(), ClaimantBalance.claiming(e.claimant().claimed()));
    }

    @EventSourcingHandler
    void on(ClaimAmountRevised e) {
        claimants.computeIfPresent(e.claimantId(), (id, b) -> b.withClaimed(e.revised()));
    }

    @EventSourcingHandler
    void on(MediationAgreementReached e) {
        e.agreedAmounts().forEach(a -> claimants.computeIfPresent(a.claimantId(), (id, b) -> b.withAgreed(a.amount())));
    }

    @EventSourcingHandler
    void on(InstrumentBecameEffective e) {
        // a later instrument (e.g. the second-instance judgment) replaces what an earlier one made enforceable
        Set<ClaimantId> named = e.amounts().stream().map(EnforceableAmount::claimantId).collect(Collectors.toSet());
        named.forEach(id -> claimants.computeIfPresent(id, (k, b) -> b.withoutEnforceable()));
        e.amounts().forEach(a -> claimants.computeIfPresent(a.claimantId(), (id, b) -> b.withEnforceable(a.component(), a.amount())));
    }

    @EventSourcingHandler
    void on(LateInterestAssessed e) {
        // replaces the late interest assessed before (a later day gives more), never the instrument's own amounts
        e.amounts().forEach(a -> claimants.computeIfPresent(a.claimantId(), (id, b) -> b.withLateInterest(a.amount())));
    }

    @EventSourcingHandler
    void on(JudgmentDebtorAdded e) {
        if (e.liabilityCap() != null) {
            liabilityCaps.put(e.obligorId(), e.liabilityCap());
        }
    }

    @EventSourcingHandler
    void on(PaymentReceived e) {
        e.allocations().forEach(a -> claimants.computeIfPresent(a.claimantId(), (id, b) -> b.receiving(a.amount())));
        unallocatedByPayment.put(e.paymentId(), e.unallocated());
        if (e.payerObligorId() == null) {
            paidByOthers = paidByOthers.plus(e.amount());
        } else {
            payerByPayment.put(e.paymentId(), e.payerObligorId());
            paidByObligor.merge(e.payerObligorId(), e.amount(), Money::plus);
        }
    }

    @EventSourcingHandler
    void on(PaymentAllocated e) {
        Money sum = Money.ZERO;
        for (ClaimantAmount a : e.allocations()) {
            claimants.computeIfPresent(a.claimantId(), (id, b) -> b.receiving(a.amount()));
            sum = sum.plus(a.amount());
        }
        unallocatedByPayment.put(e.paymentId(), unallocatedByPayment.get(e.paymentId()).minus(sum));
    }

    @EventSourcingHandler
    void on(UnallocatedFundsRefunded e) {
        unallocatedByPayment.put(e.paymentId(), unallocatedByPayment.get(e.paymentId()).minus(e.amount()));
        ObligorId payer = payerByPayment.get(e.paymentId());
        if (payer == null) {
            paidByOthers = paidByOthers.minus(e.amount());
        } else {
            paidByObligor.computeIfPresent(payer, (id, paid) -> paid.minus(e.amount()));
        }
    }

    @EventSourcingHandler
    void on(FundsDisbursed e) {
        claimants.computeIfPresent(e.claimantId(), (id, b) -> b.disbursing(e.amount()));
    }
}
