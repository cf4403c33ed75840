package org.caseledger.core.money;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.Money;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One claimant's line of the ledger: claimed, agreed (mediation), enforceable (effective instrument, by
 * component), received (allocated to them) and disbursed (paid out to them). Immutable: every change
 * makes a new balance, so a snapshot of the ledger is a plain value.
 */
public record ClaimantBalance(Money claimed, Money agreed, Map<AmountComponent, Money> enforceable, Money received, Money disbursed) {

    public ClaimantBalance {
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(disbursed, "disbursed");
        enforceable = enforceable == null || enforceable.isEmpty() ? Map.of() : Map.copyOf(enforceable);
    }

    public static ClaimantBalance claiming(Money claimed) {
        return new ClaimantBalance(claimed, null, Map.of(), Money.ZERO, Money.ZERO);
    }

    public boolean hasEnforceable() {
        return !enforceable.isEmpty();
    }

    /** Sum of every enforceable component; zero when no instrument is effective. */
    public Money enforceableTotal() {
        return Money.sum(enforceable.values());
    }

    /** What the claimant is owed now: enforceable if an instrument is effective, else agreed, else claimed (§6.5 rule 4). */
    public Money target() {
        return hasEnforceable() ? enforceableTotal() : agreed != null ? agreed : claimed;
    }

    /** Target less received: what is still to collect; nothing once a later, smaller instrument leaves more received than owed. */
    public Money outstanding() {
        return target().exceeds(received) ? target().minus(received) : Money.ZERO;
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

    ClaimantBalance withClaimed(Money value) {
        return new ClaimantBalance(value, agreed, enforceable, received, disbursed);
    }

    ClaimantBalance withAgreed(Money value) {
        return new ClaimantBalance(claimed, value, enforceable, received, disbursed);
    }

    ClaimantBalance withEnforceable(AmountComponent component, Money value) {
        Map<AmountComponent, Money> next = new EnumMap<>(AmountComponent.class);
        next.putAll(enforceable);
        next.merge(component, value, Money::plus);
        return new ClaimantBalance(claimed, agreed, next, received, disbursed);
    }

    /** The engine's late interest in place of any assessed before (an instrument's typed-in interest is replaced too). */
    ClaimantBalance withLateInterest(Money value) {
        Map<AmountComponent, Money> next = new EnumMap<>(AmountComponent.class);
        next.putAll(enforceable);
        next.put(AmountComponent.LATE_INTEREST, value);
        return new ClaimantBalance(claimed, agreed, next, received, disbursed);
    }

    ClaimantBalance withoutEnforceable() {
        return new ClaimantBalance(claimed, agreed, Map.of(), received, disbursed);
    }

    ClaimantBalance receiving(Money value) {
        return new ClaimantBalance(claimed, agreed, enforceable, received.plus(value), disbursed);
    }

    ClaimantBalance disbursing(Money value) {
        return new ClaimantBalance(claimed, agreed, enforceable, received, disbursed.plus(value));
    }
}
