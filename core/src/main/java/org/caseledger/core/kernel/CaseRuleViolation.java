package org.caseledger.core.kernel;

import java.util.Objects;

/**
 * A command refused because the law or the facts of the case do not allow it. Not an error of the system:
 * the caller gets the stable {@link #code()}, the {@link #field()} at fault (may be null) and a reason.
 */
public class CaseRuleViolation extends RuntimeException {

    private final RuleCode code;
    private final String field;

    public CaseRuleViolation(RuleCode code, String field, String detail) {
        super(code.name() + ": " + (detail == null || detail.isBlank() ? code.rule() : detail + " — " + code.rule()), null, false, false);
        this.code = Objects.requireNonNull(code);
        this.field = field;
    }

    public RuleCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** A text a command must carry: present and not blank, else {@link RuleCode#REASON_REQUIRED} naming the field. */
    public static String requireText(String value, String field) {
        require(value != null && !value.isBlank(), RuleCode.REASON_REQUIRED, field, field + " must not be blank");
        return value;
    }

    /** Throws a violation unless the condition holds. */
    public static void require(boolean condition, RuleCode code, String field, String detail) {
        if (!condition) {
            throw new CaseRuleViolation(code, field, detail);
        }
    }
}
