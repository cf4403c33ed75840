package org.caseledger.core.kernel;

import java.util.Objects;

/** A union body (工会) that handles a case or issues a letter, with its level and region. */
public record UnionBody(String name, UnionLevel level, RegionCode region) {

    public UnionBody {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a union body needs a name");
        }
        Objects.requireNonNull(level, "a union body needs a level");
        Objects.requireNonNull(region, "a union body needs a region code");
    }
}
