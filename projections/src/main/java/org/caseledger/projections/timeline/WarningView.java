package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** A warning a fact was recorded with: its code (the rule and its article), the day, and the entry it belongs to. */
public class WarningView {
    public String code;
    public LocalDate on;
    public long seq;
    public String type;
}
