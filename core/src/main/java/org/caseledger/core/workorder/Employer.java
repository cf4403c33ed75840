package org.caseledger.core.workorder;

import java.util.Objects;

/**
 * The employer a work order is about: its name and, when the worker knows it, its 统一社会信用代码 (18 characters, the
 * last a check character computed by GB 32100-2015 — a code whose check character does not match is refused).
 */
public record Employer(String name, String creditCode) {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

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
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CHARS.charAt(check);
    }
}
