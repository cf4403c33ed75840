package org.caseledger.core.litigation;

import java.time.LocalDate;
import java.util.Objects;

/** An instrument of the case in effect (生效法律文书): what kind, the last day it gives the obligor to perform, and whose it is. */
public record EffectiveInstrument(InstrumentKind kind, LocalDate performanceDue, java.util.Set<org.caseledger.core.kernel.ClaimantId> claimants) {

    public EffectiveInstrument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(performanceDue, "performanceDue");
        claimants = claimants == null ? java.util.Set.of() : java.util.Set.copyOf(claimants);
    }
}
