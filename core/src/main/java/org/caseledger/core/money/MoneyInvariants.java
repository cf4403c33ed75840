package org.caseledger.core.money;

import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * The money invariants (legal-basis §6.5) a step must keep, judged against the ledger as it stands: claimants named
 * once and known, amounts positive and within the limit, agreed within claimed (each kind too), allocations within the
 * payment and each claimant's target, refunds within what is unallocated, disbursements within what was received, and
 * nothing held or owed when the case closes as paid. Refused, naming the field.
 */
public final class MoneyInvariants {

    private final Ledger ledger;

    MoneyInvariants(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Claimants new to the case, with distinct ids and positive claims. */
    public void checkNewClaimants(List<NewClaimant> newcomers) {
        Set<ClaimantId> seen = new HashSet<>();
        for (NewClaimant c : newcomers) {
            require(seen.add(c.claimantId()) && !ledger.claimants().containsKey(c.claimantId()), RuleCode.DUPLICATE_CLAIMANT,
                    "claimants", "claimant " + c.claimantId());
            require(c.claimed().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "claimants", "claim of " + c.claimantId());
            require(c.claimed().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "claimants", "claim of " + c.claimantId());
        }
        checkTotalClaimed(Money.sum(newcomers.stream().map(NewClaimant::claimed).toList()), Money.ZERO, "claimants");
    }

    /** The case's claims stay within {@link Money#LIMIT} after adding {@code added} and taking away {@code removed}. */
    private void checkTotalClaimed(Money added, Money removed, String field) {
        long total = Money.sum(ledger.claimants().values().stream().map(ClaimantBalance::claimed).toList()).fen() - removed.fen();
        require(added.fen() <= Money.LIMIT.fen() - total, RuleCode.AMOUNT_TOO_LARGE, field, "the case's claims would total more than " + Money.LIMIT);
    }

    /** Known claimants, each named once. */
    public void checkClaimants(List<ClaimantId> ids, String field) {
        Set<ClaimantId> seen = new HashSet<>();
        for (ClaimantId id : ids) {
            ledger.balanceOf(id);
            require(seen.add(id), RuleCode.DUPLICATE_CLAIMANT, field, "claimant " + id + " appears twice");
        }
    }

    /**
     * Per-claimant amounts: known claimants, positive; for each claimant at most one line of the claim as a whole and one
     * line per kind.
     */
    public void checkAmounts(List<ClaimantAmount> amounts, String field) {
        Set<String> seen = new HashSet<>();
        for (ClaimantAmount a : amounts) {
            ledger.balanceOf(a.claimantId());
            require(a.amount().isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, field, "amount for " + a.claimantId());
            require(a.amount().isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, field, "amount for " + a.claimantId());
            require(seen.add(a.claimantId().value() + "/" + a.component()), RuleCode.DUPLICATE_CLAIMANT, field,
                    "claimant " + a.claimantId() + " appears twice" + (a.component() == null ? "" : " for " + a.component()));
        }
    }

    public void checkAgreement(List<ClaimantAmount> agreed, String reductionReason) {
        require(!agreed.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "agreedAmounts", "an agreement names at least one amount");
        checkAmounts(agreed, "agreedAmounts");
        boolean reduced = false;
        for (Map.Entry<ClaimantId, Map<AmountComponent, Money>> his : Ledger.byKind(agreed).entrySet()) {
            ClaimantBalance b = ledger.balanceOf(his.getKey());
            Money total = Ledger.totalOf(his.getKey(), agreed);
            require(!total.exceeds(b.claimed()), RuleCode.AGREED_EXCEEDS_CLAIMED, "agreedAmounts",
                    his.getKey() + " agreed " + total + " > claimed " + b.claimed());
            reduced |= b.claimed().exceeds(total);
        }
        for (ClaimantAmount a : agreed) {
            if (a.component() != null) {
                Money claimedOfKind = ledger.balanceOf(a.claimantId()).claimedItems().getOrDefault(a.component(), Money.ZERO);
                require(!a.amount().exceeds(claimedOfKind), RuleCode.AGREED_EXCEEDS_CLAIMED, "agreedAmounts",
                        a.claimantId() + " agreed " + a.amount() + " of " + a.component() + " > claimed " + claimedOfKind);
            }
        }
        require(!reduced || (reductionReason != null && !reductionReason.isBlank()), RuleCode.REDUCTION_REASON_REQUIRED,
                "reductionReason", null);
    }

    /** The claim of one kind revised: never below what was agreed or received of the claim as a whole. */
    public void checkRevision(ClaimantId id, AmountComponent kind, Money revised) {
        ClaimantBalance b = ledger.balanceOf(id);
        Money before = b.claimedItems().getOrDefault(kind, Money.ZERO);
        require(revised.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "revised", null);
        require(revised.isWithinLimit(), RuleCode.AMOUNT_TOO_LARGE, "revised", null);
        checkTotalClaimed(revised, before, "revised");
        require(!revised.equals(before), RuleCode.REVISION_UNCHANGED, "revised", "already " + revised);
        Money newTotal = b.claimed().minus(before).plus(revised);
        Money agreed = b.agreed() == null ? Money.ZERO : b.agreed();
        Money floor = agreed.exceeds(b.received()) ? agreed : b.received();
        require(!floor.exceeds(newTotal), RuleCode.REVISION_BELOW_AGREED_OR_RECEIVED, "revised",
                "the claim would be " + newTotal + " < " + floor);
    }

    /** Allocations fit in {@code available} and no claimant ends above target (§6.5 rules 2 and 4). */
    public void checkAllocations(List<ClaimantAmount> allocations, Money available) {
        checkAmounts(allocations, "allocations");
        Money sum = Money.sum(allocations.stream().map(ClaimantAmount::amount).toList());
        require(!sum.exceeds(available), RuleCode.ALLOCATION_EXCEEDS_PAYMENT, "allocations",
                "allocated " + sum + " > available " + available);
        for (ClaimantId id : Ledger.byKind(allocations).keySet()) {
            ClaimantBalance b = ledger.balanceOf(id);
            Money total = Ledger.totalOf(id, allocations);
            require(!total.exceeds(b.outstanding()), RuleCode.OVERPAYMENT, "allocations",
                    id + " would receive " + b.received().plus(total) + " > target " + b.target());
        }
        for (ClaimantAmount a : allocations) {
            if (a.component() != null) {
                Money owed = ledger.balanceOf(a.claimantId()).outstandingOf(a.component());
                require(!a.amount().exceeds(owed), RuleCode.OVERPAYMENT, "allocations",
                        a.claimantId() + " is owed " + owed + " of " + a.component());
            }
        }
    }

    /** Every claimant fully received and disbursed, nothing unallocated (§6.5 rule 7); else refused naming {@code field}. */
    public void checkPaidInFull(String field) {
        require(ledger.isPaidInFull(), RuleCode.NOT_PAID_IN_FULL, field, "outstanding " + ledger.totalOutstanding()
                + ", undisbursed " + ledger.totalUndisbursed() + ", unallocated " + ledger.unallocated());
    }

    /** Nothing held for the claimants: all received paid out, all payments allocated or refunded; else refused naming {@code field}. */
    public void checkNothingHeld(String field) {
        require(ledger.totalUndisbursed().isZero() && ledger.unallocated().isZero(), RuleCode.UNDISBURSED_FUNDS, field,
                "undisbursed " + ledger.totalUndisbursed() + ", unallocated " + ledger.unallocated());
    }

    public void checkRefund(PaymentId id, Money amount) {
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        Money rest = ledger.unallocatedOf(id);
        require(!amount.exceeds(rest), RuleCode.REFUND_EXCEEDS_UNALLOCATED, "amount", "unallocated " + rest);
    }

    public void checkDisbursement(ClaimantId id, Money amount) {
        require(amount.isPositive(), RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        ClaimantBalance b = ledger.balanceOf(id);
        require(!amount.exceeds(b.undisbursed()), RuleCode.DISBURSEMENT_EXCEEDS_RECEIVED, "amount",
                id + " holds " + b.undisbursed());
    }
}
