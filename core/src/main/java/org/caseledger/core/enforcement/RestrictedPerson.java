package org.caseledger.core.enforcement;

import java.util.Objects;

/** A person bound by a consumption restriction (限制消费令), e.g. the debtor company's legal representative. */
public record RestrictedPerson(String name, PersonRole role) {

    public RestrictedPerson {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a restricted person needs a name");
        }
    }
}
