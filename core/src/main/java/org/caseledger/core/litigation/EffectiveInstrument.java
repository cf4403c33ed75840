package org.caseledger.core.litigation;

import java.time.LocalDate;
import java.util.Objects;

/** An instrument of the case in effect (生效法律文书): what kind, and the last day it gives the obligor to perform. */
public record EffectiveInstrument(InstrumentKind kind, LocalDate performanceDue) {

    public EffectiveInstrument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(performanceDue, "performanceDue");
    }
}
