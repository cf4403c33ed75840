package org.caseledger.api.pages;

import java.util.List;

/**
 * One field of a command's form: the JSON name it fills, how it is entered ({@code kind}: text, textarea, date,
 * yuan, enum, enumSet, bool, number, claimant, obligor, obligorSet, claimantAmounts, newId, fixed, json), whether the
 * command needs it, and the choices or the value it starts with.
 */
public record FormField(String name, String kind, boolean required, List<Option> options, String value, List<FormField> columns) {

    public FormField(String name, String kind, boolean required, List<Option> options, String value) {
        this(name, kind, required, options, value, List.of());
    }

    /** The message key's last part: a column {@code personalData.name} is labelled as {@code name}. */
    public String label() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** A choice: the value sent and the message key (or, with no key, the text) shown. */
    public record Option(String value, String labelKey, String text) {
    }
}
