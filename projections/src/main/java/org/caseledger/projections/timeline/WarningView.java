package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** Part of a case's timeline (see {@link CaseTimeline}). */
public class WarningView {
    public String code;
    public LocalDate on;
    public String context;
}
