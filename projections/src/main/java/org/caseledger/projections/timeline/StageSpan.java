package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** A stage and how long the case stayed in it (days is null while the stage lasts); its overlays are the entries marked in it. */
public class StageSpan {
    public String stage;
    public LocalDate enteredOn;
    public LocalDate leftOn;
    public Long days;
}
