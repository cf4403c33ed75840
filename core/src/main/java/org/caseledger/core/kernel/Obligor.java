package org.caseledger.core.kernel;

import java.util.Objects;

/** A party that owes the workers (义务人), named in the claim or later added as judgment debtor. */
public record Obligor(ObligorId obligorId, String name, ObligorRole role) {

    public Obligor {
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an obligor needs a name");
        }
    }
}
