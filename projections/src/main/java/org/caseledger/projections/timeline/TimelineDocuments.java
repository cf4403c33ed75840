package org.caseledger.projections.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The timelines' documents: one per case ({@code _id} = case id), the timeline as its JSON in UTF-8 bytes
 * ({@code utf8}) beside its {@code lastSeq}. The embedded server clones and encodes a nested document field by field on
 * every write, and re-encodes a string holding Chinese text to UTF-8 each time it sizes or stores it; bytes it copies
 * (the timeline is the largest document written, once per case per batch). Documents of the layouts before (the JSON
 * as a string; the timeline as a nested document) are still read.
 */
public final class TimelineDocuments {

    /** A stored timeline and the sequence number of the last event in it. */
    public record Stored(CaseTimeline timeline, long lastSeq) {
    }

    private final MongoCollection<Document> timelines;

    public TimelineDocuments(MongoCollection<Document> timelines) {
        this.timelines = timelines;
    }

    /** One case's timeline: a key lookup. */
    public Optional<Stored> find(String caseId) {
        Document doc = timelines.find(new Document("_id", caseId)).first();
        return doc == null ? Optional.empty() : Optional.of(new Stored(read(doc), ((Number) doc.get("lastSeq")).longValue()));
    }

    /**
     * The stored timelines of these cases (those that have one), by {@code _id $in}; each is read when asked for, so
     * one that cannot be read fails the event that needs it, not the whole batch.
     */
    public Map<String, Supplier<CaseTimeline>> findAll(List<String> caseIds) {
        Map<String, Supplier<CaseTimeline>> found = new LinkedHashMap<>();
        for (Document doc : ReadModels.findByIds(timelines, caseIds)) {
            found.put(doc.getString("_id"), () -> read(doc));
        }
        return found;
    }

    /** Replaces the stored timelines of these cases in one bulk write. */
    public void writeAll(Map<String, CaseTimeline> byCase) {
        List<WriteModel<Document>> writes = new ArrayList<>(byCase.size());
        byCase.forEach((caseId, timeline) -> writes.add(new ReplaceOneModel<>(new Document("_id", caseId), document(caseId, timeline),
                new ReplaceOptions().upsert(true))));
        if (!writes.isEmpty()) {
            timelines.bulkWrite(writes);
        }
    }

    /** A timeline as stored. */
    public static Document document(String caseId, CaseTimeline timeline) {
        try {
            return new Document("_id", caseId).append("lastSeq", timeline.lastSeq)
                    .append("utf8", new org.bson.types.Binary(ReadModels.JSON.writeValueAsBytes(timeline)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the timeline of " + caseId, e);
        }
    }

    /** A stored timeline, in the current layout or one before. */
    public static CaseTimeline read(Document stored) {
        try {
            if (stored.get("utf8") instanceof org.bson.types.Binary utf8) {
                return ReadModels.JSON.readValue(utf8.getData(), CaseTimeline.class);
            }
            if (!stored.containsKey("json")) {
                return ReadModels.fromDocument(stored, CaseTimeline.class); // layout 1, until the rebuild at start replaces it
            }
            return ReadModels.JSON.readValue(stored.getString("json"), CaseTimeline.class);
        } catch (java.io.IOException e) { // bytes that are not a timeline's JSON
            throw new IllegalStateException("cannot read the timeline of " + stored.get("_id"), e);
        }
    }
}
