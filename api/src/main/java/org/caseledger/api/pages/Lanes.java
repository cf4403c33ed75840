package org.caseledger.api.pages;

import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.Entry;
import org.caseledger.projections.timeline.StageSpan;
import org.caseledger.projections.timeline.StateSpan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case drawn as swim lanes: a lane per stage the case went through, its time in that stage as a bar across the
 * case's days, and what happened as marks on the day it happened (letters, meetings, promises, measures, payments);
 * a broken promise or an overdue reply in red; an enforcement round ended (终本) as a gap until it resumed.
 * Positions are percentages of the case's span, so the drawing fits any width. What happened on one day in one lane
 * is one mark (twelve disbursements are one mark of twelve), and the page stacks marks that would touch, so that no
 * mark is ever drawn over another; a mark is a button that says what it stands for (no hover-only text).
 */
public record Lanes(LocalDate from, LocalDate to, List<Lane> lanes) {

    public record Lane(String stage, List<Span> spans, List<Mark> marks) {
    }

    /** {@code kind}: "stay" (the case in this stage) or "gap" (an enforcement round ended, until resumed). */
    public record Span(double left, double width, String kind, LocalDate start, LocalDate end) {
    }

    /**
     * {@code category}: letter, reply, meeting, promise, payment, disbursement, measure, event (several kinds on one
     * day); {@code alert} in red; {@code warned} when an event of it was recorded with a warning.
     */
    public record Mark(double left, String category, boolean alert, boolean warned, LocalDate on, List<Entry> entries) {
    }

    public static Lanes of(CaseTimeline t, LocalDate today) {
        LocalDate from = t.filedOn;
        LocalDate to = t.closedOn != null ? t.closedOn : today;
        for (Entry e : t.entries) {
            if (e.on != null && e.on.isAfter(to)) {
                to = e.on;
            }
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        Map<String, Lane> lanes = new LinkedHashMap<>();
        for (StageSpan s : t.stages) {
            if ("CLOSED".equals(s.stage)) {
                continue;
            }
            LocalDate end = s.leftOn != null ? s.leftOn : to;
            lane(lanes, s.stage).spans().add(span(from, days, s.enteredOn, end, "stay"));
        }
        LocalDate gapStart = null;
        for (StateSpan s : t.enforcementStates) {
            if ("ROUND_TERMINATED".equals(s.state)) {
                gapStart = s.enteredOn;
                lane(lanes, "ENFORCEMENT").spans().add(span(from, days, gapStart, s.leftOn != null ? s.leftOn : to, "gap"));
            }
        }
        Map<String, Map<LocalDate, List<Entry>>> byDay = new LinkedHashMap<>();
        for (Entry e : t.entries) {
            if (e.stage == null || "CLOSED".equals(e.stage) || e.on == null) {
                continue;
            }
            lane(lanes, e.stage);
            byDay.computeIfAbsent(e.stage, s -> new java.util.TreeMap<>()).computeIfAbsent(e.on, d -> new ArrayList<>()).add(e);
        }
        byDay.forEach((stage, days1) -> days1.forEach((on, entries) -> {
            java.util.Set<String> categories = new java.util.HashSet<>();
            entries.forEach(e -> categories.add(category(e)));
            lane(lanes, stage).marks().add(new Mark(percent(from, days, on), categories.size() == 1 ? categories.iterator().next() : "event",
                    entries.stream().anyMatch(e -> e.alert), entries.stream().anyMatch(e -> !e.warnings.isEmpty()), on, List.copyOf(entries)));
        }));
        return new Lanes(from, to, new ArrayList<>(lanes.values()));
    }

    /** The kind of mark the event makes, as the event describes itself; a step of the case is an "event". */
    private static String category(Entry e) {
        return e.mark == null || e.mark.equals("STEP") ? "event" : e.mark.toLowerCase(java.util.Locale.ROOT);
    }

    private static Lane lane(Map<String, Lane> lanes, String stage) {
        return lanes.computeIfAbsent(stage, s -> new Lane(s, new ArrayList<>(), new ArrayList<>()));
    }

    private static Span span(LocalDate from, long days, LocalDate start, LocalDate end, String kind) {
        double left = percent(from, days, start);
        double right = Math.min(100, percent(from, days, end) + 100.0 / days);
        return new Span(left, Math.max(0.8, right - left), kind, start, end);
    }

    private static double percent(LocalDate from, long days, LocalDate day) {
        return Math.max(0, Math.min(100, ChronoUnit.DAYS.between(from, day) * 100.0 / days));
    }
}
