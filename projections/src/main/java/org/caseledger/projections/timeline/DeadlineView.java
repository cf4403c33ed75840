package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** Part of a case's timeline (see {@link CaseTimeline}). */
public class DeadlineView {
    public String key;
    public String kind;
    public String subject;
    public LocalDate dueOn;
    public String outcome;
    public LocalDate closedOn;
}
