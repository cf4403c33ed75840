package org.caseledger.api.web;

import org.caseledger.projections.timeline.CaseTimeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's timeline (GET /api/cases/{caseId}/timeline), its open deadlines counted from today, and each entry's line in
 * the reader's language (Accept-Language or {@code ?lang=}; 简体中文 by default), as the pages show it.
 */
public record TimelineAnswer(CaseTimeline timeline, List<OpenDeadline> openDeadlines, List<Line> lines) {

    /** One entry of the timeline in words: its sequence number, its day, what kind of fact it is and what it says. */
    public record Line(long seq, LocalDate on, String event, String text) {
    }

    /**
     * A deadline still open: which, when it falls due, how many days are left (negative: overdue by that many), and
     * whether it is provisional (its year's 调休 arrangement is not loaded, so the day may still move).
     */
    public record OpenDeadline(String key, String kind, LocalDate dueOn, long daysLeft, boolean overdue, boolean provisional, LocalDate movedTo) {
    }
}
