package org.caseledger.core.kernel;

import java.util.Objects;

/**
 * A party that owes the workers (义务人), named in the claim or later added as judgment debtor, with how it answers
 * for the debt ({@link LiabilityKind}) and, for a capped one, its cap when known. Obligors stored before liability was
 * recorded carry none: they read as their role's default.
 */
public record Obligor(ObligorId obligorId, String name, ObligorRole role, LiabilityKind liability, Money liabilityCap) {

    public Obligor {
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an obligor needs a name");
        }
        if (liability == null) {
            liability = role.defaultLiability();
        }
    }

    public Obligor(ObligorId obligorId, String name, ObligorRole role) {
        this(obligorId, name, role, null, null);
    }

    public Obligor withLiability(LiabilityKind kind, Money cap) {
        return new Obligor(obligorId, name, role, kind, cap);
    }
}
