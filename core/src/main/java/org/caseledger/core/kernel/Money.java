package org.caseledger.core.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of renminbi in integer fen (分). Never negative, never floating point; arithmetic throws on
 * overflow instead of wrapping. Serialized as a plain JSON number of fen.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /**
     * The most any amount, a case's total claims or its total received may be (10^15 fen, ¥10 trillion): far past any
     * wage case, and small enough that every sum the engine and its read models make stays exact in a long. Checked
     * where a command is decided, not here, so a store written before the limit still loads.
     */
    public static final Money LIMIT = new Money(1_000_000_000_000_000L);

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("an amount of money cannot be negative: " + fen + " fen");
        }
    }

    @JsonCreator
    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses yuan with at most two decimals, e.g. "123036.49"; refuses anything that is not whole fen. */
    public static Money ofYuan(String yuan) {
        BigDecimal value = new BigDecimal(yuan);
        try {
            return new Money(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number of fen: " + yuan, e);
        }
    }

    @JsonValue
    @Override
    public long fen() {
        return fen;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** Throws when the result would be negative: a balance can never go below zero. */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isWithinLimit() {
        return fen <= LIMIT.fen;
    }

    public boolean exceeds(Money other) {
        return fen > other.fen;
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @Override
    public String toString() {
        return "¥" + BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
