package org.caseledger.projections;

import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.TimelineDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One batch of events, merged: each case's timeline is read once per batch (or taken from the cache), every event of
 * the batch is applied to it in memory, and {@link #flush()} hands each changed case to the derived read models
 * (which write their own documents) and then writes the timelines. Idempotent as a whole: the timeline records the
 * last sequence number applied, every derived write is computed from the new timeline, and timelines are written last,
 * so a batch that fails part-way is delivered again and its derived writes are simply repeated.
 */
final class ProjectionBatch {

    /** An event with what the store recorded about it. */
    record Stamped(WageCaseEvent event, long seq, Instant recordedAt) {
    }

    /** One case within the batch: its timeline now and what each derived read model held for it before the batch. */
    private static final class CaseInBatch {
        CaseTimeline timeline;
        final List<Object> held; // one per derived read model; null entries for a case new to them
        final List<Stamped> applied = new ArrayList<>();

        CaseInBatch(CaseTimeline timeline, boolean stored, List<CaseReadModel.Batch> derived) {
            this.timeline = timeline;
            this.held = new ArrayList<>(derived.size());
            derived.forEach(d -> held.add(stored ? d.held(timeline) : null));
        }
    }

    private final TimelineDocuments timelines;
    private final List<CaseReadModel.Batch> derived;
    private final TimelineCache cache;
    private final Map<String, CaseInBatch> cases = new LinkedHashMap<>();
    private final Map<String, Supplier<CaseTimeline>> prefetched = new HashMap<>();
    private boolean flushed;

    ProjectionBatch(ReadModels.Generation generation, TimelineCache cache) {
        this.timelines = generation.timelineDocuments();
        this.derived = generation.derived().stream().map(CaseReadModel::batch).toList();
        this.cache = cache;
    }

    /** Reads the stored timelines of the batch's cases that the cache does not hold, in one lookup by key. */
    void prefetch(Collection<String> caseIds) {
        List<String> wanted = caseIds.stream().distinct().filter(id -> !cache.contains(id) && !prefetched.containsKey(id)).toList();
        if (wanted.isEmpty()) {
            return;
        }
        wanted.forEach(id -> prefetched.put(id, null));
        prefetched.putAll(timelines.findAll(wanted));
    }

    void apply(WageCaseEvent event, long seq, Instant recordedAt) {
        String caseId = event.caseId().value();
        CaseInBatch c = cases.computeIfAbsent(caseId, id -> start(id, seq));
        if (seq <= c.timeline.lastSeq) {
            return; // already applied
        }
        try {
            c.timeline.apply(event, seq, recordedAt);
            c.applied.add(new Stamped(event, seq, recordedAt));
        } catch (RuntimeException e) {
            // the event goes to the dead-letter queue; the case keeps what the batch applied before it
            c.timeline = replayed(caseId, c.applied);
            throw e;
        }
    }

    private CaseInBatch start(String caseId, long firstSeq) {
        CaseTimeline cached = cache.take(caseId);
        if (cached != null && firstSeq <= cached.lastSeq + 1) {
            return new CaseInBatch(cached, true, derived);
        }
        // not cached, or another node advanced the case since it was cached: the stored timeline decides
        Supplier<CaseTimeline> fetched = prefetched.get(caseId);
        CaseTimeline stored = prefetched.containsKey(caseId) && cached == null ? (fetched == null ? null : fetched.get()) : read(caseId);
        return stored == null ? new CaseInBatch(new CaseTimeline(), false, derived) : new CaseInBatch(stored, true, derived);
    }

    private CaseTimeline read(String caseId) {
        return timelines.find(caseId).map(TimelineDocuments.Stored::timeline).orElse(null);
    }

    private CaseTimeline replayed(String caseId, List<Stamped> applied) {
        CaseTimeline stored = read(caseId);
        CaseTimeline timeline = stored == null ? new CaseTimeline() : stored;
        applied.forEach(s -> timeline.apply(s.event(), s.seq(), s.recordedAt()));
        return timeline;
    }

    boolean isFlushed() {
        return flushed;
    }

    /** Writes what the batch changed: the derived read models, then the timelines. */
    void flush() {
        if (flushed) {
            return;
        }
        Map<String, CaseTimeline> changed = new LinkedHashMap<>();
        cases.forEach((caseId, c) -> {
            if (c.applied.isEmpty() || c.timeline.filedOn == null) {
                return; // nothing new, or a case this projection does not know (an event without its filing)
            }
            for (int i = 0; i < derived.size(); i++) {
                derived.get(i).change(caseId, c.held.get(i), c.timeline);
            }
            changed.put(caseId, c.timeline);
        });
        derived.forEach(CaseReadModel.Batch::write);
        timelines.writeAll(changed);
        flushed = true;
        // only now do the cached timelines equal the stored ones
        cases.forEach((caseId, c) -> {
            if (c.timeline.filedOn != null) {
                cache.put(caseId, c.timeline);
            }
        });
    }
}
