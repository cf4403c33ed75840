package org.caseledger.projections.timeline;

import org.caseledger.core.kernel.Summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One event as a line of the timeline, as the event describes itself: its mark on the lanes (a {@code MarkKind}),
 * whether it alerts, its summary as data for the reader's language, and the warnings it was recorded with.
 */
public class Entry {
    public long seq;
    public String type;
    public LocalDate on;
    public String stage;
    public Summary summary;
    public String mark;
    public boolean alert;
    public List<String> warnings = new ArrayList<>();
}
