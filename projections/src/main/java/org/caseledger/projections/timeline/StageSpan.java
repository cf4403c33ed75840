package org.caseledger.projections.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A stage and how long the case stayed in it (days is null while the stage lasts). */
public class StageSpan {
    public String stage;
    public LocalDate enteredOn;
    public LocalDate leftOn;
    public Long days;
    public List<String> overlays = new ArrayList<>();
}
