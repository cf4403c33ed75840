package org.caseledger.core.kernel;

import java.util.Objects;

/**
 * A party that owes the workers (义务人), named in the claim or later added as judgment debtor, with how it answers
 * for the debt ({@link LiabilityKind}) and, for a capped one, its cap when known; and, when known, its 统一社会信用代码
 * (GB 32100-2015, check character verified), by which the employer page finds it across cases. Obligors stored before
 * liability or the code was recorded carry none: they read as their role's default, and are found by name.
 */
public record Obligor(ObligorId obligorId, String name, ObligorRole role, LiabilityKind liability, Money liabilityCap, String creditCode) {

    public Obligor {
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an obligor needs a name");
        }
        if (liability == null) {
            liability = role.defaultLiability();
        }
        if (creditCode != null && !creditCode.isBlank()) {
            creditCode = creditCode.strip().toUpperCase(java.util.Locale.ROOT);
            CaseRuleViolation.require(CreditCode.isValid(creditCode), RuleCode.CREDIT_CODE_INVALID, "obligors.creditCode",
                    "the 18th character is not the check character of the first 17 (GB 32100-2015)");
        } else {
            creditCode = null;
        }
    }

    public Obligor(ObligorId obligorId, String name, ObligorRole role, LiabilityKind liability, Money liabilityCap) {
        this(obligorId, name, role, liability, liabilityCap, null);
    }

    public Obligor(ObligorId obligorId, String name, ObligorRole role) {
        this(obligorId, name, role, null, null, null);
    }

    public Obligor withLiability(LiabilityKind kind, Money cap) {
        return new Obligor(obligorId, name, role, kind, cap, creditCode);
    }
}
