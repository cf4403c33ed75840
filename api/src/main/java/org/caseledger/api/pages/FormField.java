package org.caseledger.api.pages;

import java.util.List;

/**
 * One field of a command's form: the JSON name it fills, how it is entered ({@code kind}: text, textarea, date,
 * yuan, enum, enumSet, bool, number, claimant, obligor, obligorSet, claimantAmounts, newId, fixed, json), whether the
 * command needs it, and the choices or the value it starts with.
 */
public record FormField(String name, String kind, boolean required, List<Option> options, String value, List<FormField> columns,
                        List<java.util.Map<String, String>> rows) {

    public FormField(String name, String kind, boolean required, List<Option> options, String value) {
        this(name, kind, required, options, value, List.of(), List.of());
    }

    public FormField(String name, String kind, boolean required, List<Option> options, String value, List<FormField> columns) {
        this(name, kind, required, options, value, columns, List.of());
    }

    /** This field starting with a value (typed once elsewhere: the award's number for the instrument). */
    public FormField withValue(String v) {
        return new FormField(name, kind, required, options, v, columns, rows);
    }

    /** This list starting with rows filled in (column name → value as the page shows it: yuan, ids, enum names). */
    public FormField withRows(List<java.util.Map<String, String>> filled) {
        return new FormField(name, kind, required, options, value, columns, List.copyOf(filled));
    }

    /** The rows the list starts with: those filled in, else one empty row. */
    public List<java.util.Map<String, String>> startRows() {
        return rows.isEmpty() ? List.of(java.util.Map.of()) : rows;
    }

    /** The message key's last part: a column {@code personalData.name} is labelled as {@code name}. */
    public String label() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * A choice: the value sent and the message key (or, with no key, the text) shown; for a claimant in an allocation,
     * {@code fen} what is still owed to him (the page allocates by it), else null.
     */
    public record Option(String value, String labelKey, String text, Long fen) {

        public Option(String value, String labelKey, String text) {
            this(value, labelKey, text, null);
        }
    }
}
