package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** An enforcement sub-state and when it began and ended. */
public class StateSpan {
    public String state;
    public LocalDate enteredOn;
    public LocalDate leftOn;
}
