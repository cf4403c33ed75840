package org.caseledger.projections;

import org.caseledger.projections.timeline.DeadlineView;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.projections.caselist.CaseListEntry;
import org.caseledger.projections.caselist.CaseListQuery;
import org.caseledger.projections.dashboard.Contribution;
import org.caseledger.projections.deadlines.DeadlineBuckets;
import org.caseledger.projections.timeline.CaseTimeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The read-model writes of one batch of events, merged. Each case's timeline is read once per batch (or taken
 * from the cache), every event of the batch is applied to it in memory, and {@link #flush()} ends the batch with
 * one bulk write per collection. Idempotent as a whole: the timeline records the last sequence number applied,
 * every other write is derived from the new timeline (set, never increment) and timelines are written last, so
 * a batch that fails part-way is delivered again and its derived writes are simply repeated.
 */
final class ProjectionBatch {

    /** An event with what the store recorded about it. */
    record Stamped(WageCaseEvent event, long seq, Instant recordedAt) {
    }

    /** One case within the batch: its timeline now and what the read models held for it before the batch. */
    private static final class CaseInBatch {
        CaseTimeline timeline;
        final boolean stored;
        final Document rowBefore;
        final Document contributionBefore;
        final List<DeadlineView> openBefore;
        final List<Stamped> applied = new ArrayList<>();

        CaseInBatch(CaseTimeline timeline, boolean stored) {
            this.timeline = timeline;
            this.stored = stored;
            this.rowBefore = stored ? ReadModels.toDocument(CaseListEntry.of(timeline)) : null;
            this.contributionBefore = stored ? ReadModels.toDocument(Contribution.of(timeline)) : null;
            this.openBefore = List.copyOf(timeline.openDeadlines);
        }
    }

    private final ReadModels.Generation generation;
    private final TimelineCache cache;
    private final Map<String, CaseInBatch> cases = new LinkedHashMap<>();
    private final Map<String, Document> prefetched = new HashMap<>();
    private boolean flushed;

    ProjectionBatch(ReadModels.Generation generation, TimelineCache cache) {
        this.generation = generation;
        this.cache = cache;
    }

    /** Reads the stored timelines of the batch's cases that the cache does not hold, in one lookup by key. */
    void prefetch(Collection<String> caseIds) {
        List<String> wanted = caseIds.stream().distinct().filter(id -> !cache.contains(id) && !prefetched.containsKey(id)).toList();
        if (wanted.isEmpty()) {
            return;
        }
        wanted.forEach(id -> prefetched.put(id, null));
        for (Document doc : ReadModels.findByIds(generation.timelines(), wanted)) {
            prefetched.put(doc.getString("_id"), doc);
        }
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
            return new CaseInBatch(cached, true);
        }
        // not cached, or another node advanced the case since it was cached: the stored timeline decides
        Document doc = prefetched.containsKey(caseId) && cached == null ? prefetched.get(caseId) : read(caseId);
        return doc == null ? new CaseInBatch(new CaseTimeline(), false) : new CaseInBatch(ReadModels.timeline(doc), true);
    }

    private Document read(String caseId) {
        return generation.timelines().find(new Document("_id", caseId)).first();
    }

    private CaseTimeline replayed(String caseId, List<Stamped> applied) {
        Document doc = read(caseId);
        CaseTimeline timeline = doc == null ? new CaseTimeline() : ReadModels.timeline(doc);
        applied.forEach(s -> timeline.apply(s.event(), s.seq(), s.recordedAt()));
        return timeline;
    }

    boolean isFlushed() {
        return flushed;
    }

    /** Writes what the batch changed: deadlines, case-list rows, dashboard cells, then the timelines. */
    void flush() {
        if (flushed) {
            return;
        }
        DeadlineBuckets.Changes deadlines = new DeadlineBuckets.Changes();
        Set<String> newCells = new LinkedHashSet<>();
        Set<String> newUnionBodies = new LinkedHashSet<>();
        Map<String, Document> rowsByPart = new TreeMap<>();
        Map<String, Document> contributionsByPart = new TreeMap<>();
        List<WriteModel<Document>> timelines = new ArrayList<>();
        for (Map.Entry<String, CaseInBatch> entry : cases.entrySet()) {
            String caseId = entry.getKey();
            CaseInBatch c = entry.getValue();
            CaseTimeline after = c.timeline;
            if (c.applied.isEmpty() || after.filedOn == null) {
                continue; // nothing new, or a case this projection does not know (an event without its filing)
            }
            Set<String> openBefore = keys(c.openBefore);
            Set<String> openAfter = keys(after.openDeadlines);
            c.openBefore.stream().filter(d -> !openAfter.contains(d.key + "@" + d.dueOn)).forEach(d -> deadlines.close(caseId, d));
            after.openDeadlines.stream().filter(d -> !openBefore.contains(d.key + "@" + d.dueOn)).forEach(d -> deadlines.open(caseId, d));

            Document row = ReadModels.toDocument(CaseListEntry.of(after));
            if (!row.equals(c.rowBefore)) {
                rowsByPart.computeIfAbsent(CaseListQuery.partId(after.unionBody, caseId), k -> new Document())
                        .append("rows." + ReadModels.fieldKey(caseId), row);
            }
            if (!c.stored) {
                newUnionBodies.add(after.unionBody);
            }
            String cell = Contribution.cellId(after);
            if (!c.stored) {
                newCells.add(cell);
            }
            Document contribution = ReadModels.toDocument(Contribution.of(after));
            if (!contribution.equals(c.contributionBefore)) {
                contributionsByPart.computeIfAbsent(Contribution.partId(cell, caseId), k -> new Document()).append("cases." + ReadModels.fieldKey(caseId), contribution);
            }
            timelines.add(new ReplaceOneModel<>(new Document("_id", caseId), ReadModels.timelineDocument(caseId, after),
                    new ReplaceOptions().upsert(true)));
        }
        new DeadlineBuckets(generation.deadlines()).write(deadlines);
        List<WriteModel<Document>> caseList = new ArrayList<>();
        if (!newUnionBodies.isEmpty()) {
            caseList.add(new UpdateOneModel<>(new Document("_id", CaseListQuery.UNION_BODIES), new Document("$addToSet",
                    new Document("ids", new Document("$each", new ArrayList<>(newUnionBodies)))), new UpdateOptions().upsert(true)));
        }
        rowsByPart.forEach((part, set) -> caseList.add(new UpdateOneModel<>(new Document("_id", part), new Document("$set", set),
                new UpdateOptions().upsert(true))));
        if (!caseList.isEmpty()) {
            generation.caseList().bulkWrite(caseList);
        }
        List<WriteModel<Document>> dashboard = new ArrayList<>();
        if (!newCells.isEmpty()) {
            dashboard.add(new UpdateOneModel<>(new Document("_id", "cells"), new Document("$addToSet",
                    new Document("ids", new Document("$each", new ArrayList<>(newCells)))), new UpdateOptions().upsert(true)));
        }
        contributionsByPart.forEach((part, set) -> dashboard.add(new UpdateOneModel<>(new Document("_id", part), new Document("$set", set),
                new UpdateOptions().upsert(true))));
        if (!dashboard.isEmpty()) {
            generation.dashboard().bulkWrite(dashboard);
        }
        if (!timelines.isEmpty()) {
            generation.timelines().bulkWrite(timelines);
        }
        flushed = true;
        // only now do the cached timelines equal the stored ones
        cases.forEach((caseId, c) -> {
            if (c.timeline.filedOn != null) {
                cache.put(caseId, c.timeline);
            }
        });
    }

    private static Set<String> keys(List<DeadlineView> deadlines) {
        return deadlines.stream().map(d -> d.key + "@" + d.dueOn).collect(Collectors.toSet());
    }
}
