package org.caseledger.core.kernel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The step of the case that interrupted a limitation, when the engine (not the officer) recorded the interruption. Its
 * note is stored as a stable machine reference, {@code prefix + reference} (e.g. "mediation agreement P1", "REMINDER
 * 鲁理（2025）1号"), as every version has written it; read back here so each reader sees the step in his language.
 */
public enum InterruptionSource {
    MEDIATION_AGREEMENT("mediation agreement "),
    MEDIATION_APPLIED("application for mediation to "),
    PROMISE("promise "),
    PAYMENT_ORDER("payment order"),
    PAYMENT("payment "),
    LETTER_REMINDER("REMINDER "),
    LETTER_OPINION("OPINION "),
    LETTER_RECOMMENDATION("RECOMMENDATION "),
    REFERRAL_TO_LABOUR_INSPECTION("referral to LABOUR_INSPECTION"),
    REFERRAL_TO_PROCURATORATE("referral to PROCURATORATE"),
    REFERRAL_TO_OTHER_DEPARTMENT("referral to OTHER_DEPARTMENT");

    /** A note read back: the step (null for the officer's own words) and what is left of the note (its number). */
    public record Read(InterruptionSource source, String reference) {
    }

    private final String prefix;

    InterruptionSource(String prefix) {
        this.prefix = prefix;
    }

    /** The stored note for this step and its number (may be empty). */
    public String note(String reference) {
        return prefix + (reference == null ? "" : reference);
    }

    /** The longest prefix first, so "payment order" is not read as a payment named "order". */
    public static Read read(String note) {
        if (note == null) {
            return new Read(null, "");
        }
        Optional<InterruptionSource> source = Arrays.stream(values())
                .sorted(Comparator.comparingInt((InterruptionSource s) -> s.prefix.length()).reversed())
                .filter(s -> note.startsWith(s.prefix))
                .findFirst();
        return source.map(s -> new Read(s, note.substring(s.prefix.length()).strip())).orElse(new Read(null, note));
    }
}
