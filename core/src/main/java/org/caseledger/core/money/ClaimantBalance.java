package org.caseledger.core.money;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimItem;
import org.caseledger.core.kernel.Money;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One claimant's line of the ledger: claimed, agreed (mediation), enforceable (effective instrument), received
 * (allocated to them) and disbursed (paid out to them), each also by kind ({@link AmountComponent}). Immutable: every
 * change makes a new balance, so a snapshot of the ledger is a plain value.
 *
 * <p>{@code paidBefore}: what the claimant had received, by kind, when the instrument took effect. An instrument states
 * the sum still owed (迟延履行利息解释 art. 1: "尚未清偿的生效法律文书确定的…金钱债务"), so what was paid before it is not
 * deducted from it again: the target is what was paid before plus what the instrument grants. Null where the instrument's
 * amounts include the earlier payments (as every instrument stored before 0.4 was read).
 *
 * <p>Figures stored before the kinds were known read as one kind: the claim as unpaid wages, the payments received
 * spread over the target's kinds in the order a payment discharges them.
 */
public record ClaimantBalance(Money claimed, Money agreed, Map<AmountComponent, Money> enforceable, Money received, Money disbursed,
                              Map<AmountComponent, Money> claimedItems, Map<AmountComponent, Money> agreedItems,
                              Map<AmountComponent, Money> receivedItems, Map<AmountComponent, Money> paidBefore) {

    public ClaimantBalance {
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(disbursed, "disbursed");
        enforceable = ordered(enforceable);
        claimedItems = claimedItems == null || claimedItems.isEmpty() ? ordered(Map.of(AmountComponent.PRINCIPAL, claimed)) : ordered(claimedItems);
        agreedItems = agreedItems == null || agreedItems.isEmpty() ? null : ordered(agreedItems);
        paidBefore = paidBefore == null ? null : ordered(paidBefore);
        if (receivedItems == null) {
            receivedItems = spread(received, targetItems(claimed, agreed, enforceable, claimedItems, agreedItems, paidBefore), Map.of());
        } else {
            receivedItems = ordered(receivedItems);
        }
    }

    public static ClaimantBalance claiming(List<ClaimItem> items) {
        Map<AmountComponent, Money> claimed = new EnumMap<>(AmountComponent.class);
        items.forEach(i -> claimed.merge(i.component(), i.amount(), Money::plus));
        return new ClaimantBalance(Money.sum(claimed.values()), null, Map.of(), Money.ZERO, Money.ZERO, claimed, null, Map.of(), null);
    }

    public boolean hasEnforceable() {
        return !enforceable.isEmpty();
    }

    /** Sum of every enforceable component; zero when no instrument is effective. */
    public Money enforceableTotal() {
        return Money.sum(enforceable.values());
    }

    /** What was received before the instrument took effect, which its amounts do not include; zero when they do. */
    public Money paidBeforeInstrument() {
        return paidBefore == null || !hasEnforceable() ? Money.ZERO : Money.sum(paidBefore.values());
    }

    /**
     * What the claimant is owed in all (§6.5 rule 4): what was paid before the instrument and what it grants, if one is
     * effective; else agreed; else claimed.
     */
    public Money target() {
        return hasEnforceable() ? enforceableTotal().plus(paidBeforeInstrument()) : agreed != null ? agreed : claimed;
    }

    /** The target by kind, in the order a payment discharges them. */
    public Map<AmountComponent, Money> targetItems() {
        return targetItems(claimed, agreed, enforceable, claimedItems, agreedItems, paidBefore);
    }

    /** Target less received: what is still to collect; nothing once a later, smaller instrument leaves more received than owed. */
    public Money outstanding() {
        return target().exceeds(received) ? target().minus(received) : Money.ZERO;
    }

    /** What is still to collect of one kind. */
    public Money outstandingOf(AmountComponent kind) {
        Money target = targetItems().getOrDefault(kind, Money.ZERO);
        Money got = receivedItems.getOrDefault(kind, Money.ZERO);
        return target.exceeds(got) ? target.minus(got) : Money.ZERO;
    }

    /** The 劳动报酬 still unpaid (wages and overtime pay): the figure of 刑法 art. 276-1. */
    public Money unpaidRemuneration() {
        return Money.sum(targetItems().keySet().stream().filter(AmountComponent::isRemuneration).map(this::outstandingOf).toList());
    }

    /** The 迟延履行利息 among the enforceable amounts (assessed by the engine, or as an instrument stated it). */
    public Money lateInterest() {
        return enforceable.getOrDefault(AmountComponent.LATE_INTEREST, Money.ZERO);
    }

    /** Received less disbursed: held for the claimant, not yet paid out. */
    public Money undisbursed() {
        return received.minus(disbursed);
    }

    public boolean isSettled() {
        return received.equals(target()) && disbursed.equals(received);
    }

    /** The claim of one kind revised (核定); the claim's total is the sum of its kinds. */
    ClaimantBalance withClaimedItem(AmountComponent kind, Money value) {
        Map<AmountComponent, Money> next = new EnumMap<>(claimedItems);
        next.put(kind, value);
        return new ClaimantBalance(Money.sum(next.values()), agreed, enforceable, received, disbursed, next, agreedItems, receivedItems, paidBefore);
    }

    /** An agreement: its total, and its kinds where it names them (null: the claim as a whole). */
    ClaimantBalance withAgreed(Money total, Map<AmountComponent, Money> byKind) {
        return new ClaimantBalance(claimed, total, enforceable, received, disbursed, claimedItems, byKind, receivedItems, paidBefore);
    }

    /**
     * An instrument took effect with these amounts; {@code net}: they are the sum still owed, so what was received before
     * stays counted beside them.
     */
    ClaimantBalance withInstrument(Map<AmountComponent, Money> amounts, boolean net) {
        return new ClaimantBalance(claimed, agreed, amounts, received, disbursed, claimedItems, agreedItems, receivedItems,
                net ? receivedItems : null);
    }

    /** The engine's late interest in place of any assessed before (an instrument's typed-in interest is replaced too). */
    ClaimantBalance withLateInterest(Money value) {
        Map<AmountComponent, Money> next = new EnumMap<>(AmountComponent.class);
        next.putAll(enforceable);
        next.put(AmountComponent.LATE_INTEREST, value);
        return new ClaimantBalance(claimed, agreed, next, received, disbursed, claimedItems, agreedItems, receivedItems, paidBefore);
    }

    /** A payment allocated to the claimant: of the kind named, or (none named) over the kinds in their order. */
    ClaimantBalance receiving(Money value, AmountComponent kind) {
        Map<AmountComponent, Money> next = kind != null ? plus(receivedItems, kind, value) : spread(value, targetItems(), receivedItems);
        return new ClaimantBalance(claimed, agreed, enforceable, received.plus(value), disbursed, claimedItems, agreedItems, next, paidBefore);
    }

    ClaimantBalance disbursing(Money value) {
        return new ClaimantBalance(claimed, agreed, enforceable, received, disbursed.plus(value), claimedItems, agreedItems, receivedItems, paidBefore);
    }

    // ---- by kind

    private static Map<AmountComponent, Money> targetItems(Money claimed, Money agreed, Map<AmountComponent, Money> enforceable,
                                                           Map<AmountComponent, Money> claimedItems, Map<AmountComponent, Money> agreedItems,
                                                           Map<AmountComponent, Money> paidBefore) {
        if (!enforceable.isEmpty()) {
            Map<AmountComponent, Money> target = new EnumMap<>(enforceable);
            if (paidBefore != null) {
                paidBefore.forEach((k, v) -> target.merge(k, v, Money::plus));
            }
            return Collections.unmodifiableMap(target);
        }
        if (agreedItems != null) {
            return agreedItems;
        }
        if (agreed != null) {
            // an agreement on the claim as a whole: the claim's kinds, in their order, up to the sum agreed
            return spread(agreed, claimedItems, Map.of());
        }
        return claimedItems;
    }

    /**
     * {@code value} added to {@code already} over the kinds of {@code target} in their order, each up to what it still
     * lacks; what is left over goes to the first kind (a target smaller than what was received).
     */
    private static Map<AmountComponent, Money> spread(Money value, Map<AmountComponent, Money> target, Map<AmountComponent, Money> already) {
        Map<AmountComponent, Money> next = new EnumMap<>(AmountComponent.class);
        next.putAll(already);
        long left = value.fen();
        for (Map.Entry<AmountComponent, Money> t : target.entrySet()) {
            if (left == 0) {
                break;
            }
            long lacking = t.getValue().fen() - next.getOrDefault(t.getKey(), Money.ZERO).fen();
            long take = Math.min(left, Math.max(0, lacking));
            if (take > 0) {
                next.merge(t.getKey(), Money.ofFen(take), Money::plus);
                left -= take;
            }
        }
        if (left > 0) {
            AmountComponent first = target.isEmpty() ? AmountComponent.PRINCIPAL : target.keySet().iterator().next();
            next.merge(first, Money.ofFen(left), Money::plus);
        }
        next.values().removeIf(Money::isZero);
        return Collections.unmodifiableMap(next);
    }

    private static Map<AmountComponent, Money> plus(Map<AmountComponent, Money> map, AmountComponent kind, Money value) {
        Map<AmountComponent, Money> next = new EnumMap<>(AmountComponent.class);
        next.putAll(map);
        next.merge(kind, value, Money::plus);
        return Collections.unmodifiableMap(next);
    }

    /** A copy in the kinds' order (an EnumMap's), unmodifiable; empty for none. */
    private static Map<AmountComponent, Money> ordered(Map<AmountComponent, Money> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
