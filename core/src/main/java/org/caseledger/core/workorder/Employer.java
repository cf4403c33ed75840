package org.caseledger.core.workorder;

import java.util.Objects;

/**
 * The employer a work order is about: its name and, when the worker knows it, its 统一社会信用代码 (18 characters, the
 * last a check character computed by GB 32100-2015 — a code whose check character does not match is refused).
 */
public record Employer(String name, String creditCode) {

    public Employer {
        Objects.requireNonNull(name, "name");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(name, "employer.name");
        if (creditCode != null) {
            creditCode = creditCode.strip().toUpperCase(java.util.Locale.ROOT);
            org.caseledger.core.kernel.CaseRuleViolation.require(isValid(creditCode), org.caseledger.core.kernel.RuleCode.CREDIT_CODE_INVALID,
                    "employer.creditCode", "the 18th character is not the check character of the first 17 (GB 32100-2015)");
        }
    }

    /** Whether an 18-character code's last character is the check character of the first 17 (GB 32100-2015). */
    public static boolean isValid(String code) {
        return org.caseledger.core.kernel.CreditCode.isValid(code);
    }
}
