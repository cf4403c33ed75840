package org.caseledger.api.pages;

import java.util.List;

/**
 * One field of a command's form: the JSON name it fills, how it is entered ({@code kind}: text, textarea, date,
 * yuan, enum, enumSet, bool, number, claimant, obligor, obligorSet, claimantAmounts, newId, fixed, json), whether the
 * command needs it, and the choices or the value it starts with.
 */
public record FormField(String name, String kind, boolean required, List<Option> options, String value) {

    /** A choice: the value sent and the message key (or, with no key, the text) shown. */
    public record Option(String value, String labelKey, String text) {
    }
}
