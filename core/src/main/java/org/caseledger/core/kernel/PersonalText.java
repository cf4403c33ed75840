package org.caseledger.core.kernel;

/**
 * Words that may name or describe a person (what was said on a call, an attachment's title), kept as personal data:
 * sealed under the key of the worker they concern (or the case's own key) and unreadable once he is erased, like his
 * name. {@link #toString()} never prints them.
 */
public record PersonalText(String text) {

    public PersonalText {
        CaseRuleViolation.requireText(text, "text");
    }

    @Override
    public String toString() {
        return "PersonalText[redacted]";
    }
}
