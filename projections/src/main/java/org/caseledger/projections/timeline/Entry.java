package org.caseledger.projections.timeline;

import java.time.LocalDate;

/** One event as a line of the timeline. */
public class Entry {
    public long seq;
    public String type;
    public LocalDate on;
    public String stage;
    public String summary;
}
