package org.caseledger.projections;

import org.caseledger.projections.timeline.TimelineDocuments;
import com.mongodb.client.MongoClient;
import org.caseledger.embedded.testing.GivenMongo;
import org.bson.Document;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.projections.timeline.CaseTimeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read models on a fresh in-memory embedded server, fed directly with events; with the real-mongo profile
 * ({@code caseledger.test.mongodbUri}) on the MongoDB a user gives, in a database of its own dropped after.
 */
final class ProjectionHarness implements AutoCloseable {

    final GivenMongo mongo = GivenMongo.open("projectiontest");
    final MongoClient client = mongo.client;
    final com.mongodb.client.MongoDatabase database = mongo.db;
    final ReadModels readModels = new ReadModels(database);

    final Map<String, Long> nextSeq = new HashMap<>();
    Instant clock = Instant.parse("2026-01-05T02:00:00Z");

    CaseProjector projector(int generation) {
        return new CaseProjector(readModels.generation(generation));
    }

    /** Numbers the events per case, stamps them a second apart, and projects them into generation 1. */
    List<ProjectionBatch.Stamped> stamp(List<Object> events) {
        List<ProjectionBatch.Stamped> stamped = new ArrayList<>();
        for (Object e : events) {
            WageCaseEvent event = (WageCaseEvent) e;
            long seq = nextSeq.merge(event.caseId().value(), 1L, Long::sum) - 1;
            clock = clock.plusSeconds(1);
            stamped.add(new ProjectionBatch.Stamped(event, seq, clock));
        }
        return stamped;
    }

    void project(CaseProjector projector, List<ProjectionBatch.Stamped> events) {
        events.forEach(s -> projector.project(s.event(), s.seq(), s.recordedAt()));
    }

    CaseTimeline timeline(int generation, String caseId) {
        Document doc = readModels.generation(generation).timelines().find(new Document("_id", caseId)).first();
        return doc == null ? null : TimelineDocuments.read(doc);
    }

    /** Every document of every read-model collection of a generation, by collection kind and id. */
    Map<String, Document> everything(int generation) {
        ReadModels.Generation g = readModels.generation(generation);
        Map<String, Document> all = new java.util.TreeMap<>();
        for (var entry : Map.of("timelines", g.timelines(), "caselist", g.caseList(), "dashboard", g.dashboard(), "numbers", g.caseNumberDocuments()).entrySet()) {
            for (Document d : entry.getValue().find().into(new ArrayList<>())) {
                if (org.caseledger.projections.CachedParts.isRevisions(d)) {
                    continue; // how often parts were written, not what they hold
                }
                all.put(entry.getKey() + "/" + d.get("_id"), normalise(d));
            }
        }
        // deadlines by what they answer: which day-buckets exist (empty ones stay behind) depends on batch boundaries
        all.put("deadlines/open", new Document("due", new org.caseledger.projections.deadlines.DeadlineBuckets(g.deadlines())
                .dueOnOrBefore(java.time.LocalDate.of(9999, 12, 31)).stream().map(Object::toString).toList()));
        return all;
    }

    /** Arrays that are sets (the index of days or cells) compare in sorted order. */
    private static Document normalise(Document d) {
        Document copy = new Document(d);
        for (String field : List.of("days", "ids")) {
            if (copy.get(field) instanceof List<?> list) {
                copy.put(field, list.stream().map(String::valueOf).sorted().toList());
            }
        }
        return copy;
    }

    @Override
    public void close() {
        mongo.close();
    }
}
