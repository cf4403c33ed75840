package org.caseledger.api.web;

import org.caseledger.projections.timeline.CaseTimeline;

import java.time.LocalDate;
import java.util.List;

/** A case's timeline (GET /api/cases/{caseId}/timeline) and its open deadlines, counted from today. */
public record TimelineAnswer(CaseTimeline timeline, List<OpenDeadline> openDeadlines) {

    /**
     * A deadline still open: which, when it falls due, how many days are left (negative: overdue by that many), and
     * whether it is provisional (its year's 调休 arrangement is not loaded, so the day may still move).
     */
    public record OpenDeadline(String key, String kind, LocalDate dueOn, long daysLeft, boolean overdue, boolean provisional) {
    }
}
