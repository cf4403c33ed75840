package org.caseledger.core.kernel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value a fact's summary line shows, kept as data so each reader sees it in his language: a text as the officer
 * wrote it, an amount in fen, a day, a count, a code of one of the case's enumerations (worded by the reader's
 * messages) or several, or a claimant or obligor of the case (shown by name where the reader may see it). {@code value} is null
 * for a value the fact does not have.
 */
public record SummaryArg(Kind kind, String value) {

    public enum Kind { TEXT, MONEY, DAY, COUNT, CODE, CODES, CLAIMANT, OBLIGOR }

    public SummaryArg {
        Objects.requireNonNull(kind, "kind");
    }

    public static SummaryArg text(String text) {
        return new SummaryArg(Kind.TEXT, text);
    }

    public static SummaryArg money(Money amount) {
        return new SummaryArg(Kind.MONEY, amount == null ? null : Long.toString(amount.fen()));
    }

    public static SummaryArg day(LocalDate day) {
        return new SummaryArg(Kind.DAY, day == null ? null : day.toString());
    }

    public static SummaryArg count(long n) {
        return new SummaryArg(Kind.COUNT, Long.toString(n));
    }

    /** A yes or no the line words as a count: 1 or 0 (so a message can choose its words by it). */
    public static SummaryArg flag(boolean yes) {
        return count(yes ? 1 : 0);
    }

    /** An enumeration's constant as "Type.CONSTANT", worded by the messages' {@code enum.Type.CONSTANT}. */
    public static SummaryArg code(Enum<?> constant) {
        return new SummaryArg(Kind.CODE, constant == null ? null : constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** Several constants of one enumeration, as "Type.A,B", each worded by the messages and listed in the reader's way. */
    public static SummaryArg codes(java.util.Collection<? extends Enum<?>> constants) {
        if (constants.isEmpty()) {
            return new SummaryArg(Kind.CODES, null);
        }
        String type = constants.iterator().next().getDeclaringClass().getSimpleName();
        return new SummaryArg(Kind.CODES, type + "." + constants.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
    }

    public static SummaryArg claimant(ClaimantId id) {
        return new SummaryArg(Kind.CLAIMANT, id == null ? null : id.value());
    }

    public static SummaryArg obligor(ObligorId id) {
        return new SummaryArg(Kind.OBLIGOR, id == null ? null : id.value());
    }
}
