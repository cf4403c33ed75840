package org.caseledger.projections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The writes of one batch to a read model kept in parts: fields set in part documents (one update per part), the
 * ids the index document lists (added, never removed), so a reader finds every part by key, and the revision of each
 * written part raised in its union body's revisions document, so a reader may keep parts it has read until their
 * revision moves (see {@link CachedParts}). Revisions are kept per union body, not in the index document: a document
 * the embedded server rewrites on every batch must stay small.
 */
public final class PartWrites {

    private final String indexId;
    private final Set<String> indexed = new LinkedHashSet<>();
    private final Map<String, Document> setByPart = new TreeMap<>();

    /** @param indexId the {@code _id} of the document whose {@code ids} list the indexed keys */
    public PartWrites(String indexId) {
        this.indexId = indexId;
    }

    public void index(String id) {
        indexed.add(id);
    }

    public void set(String partId, String field, Document value) {
        setByPart.computeIfAbsent(partId, k -> new Document()).append(field, value);
    }

    /**
     * One ordered bulk write (nothing when nothing changed): the parts first, then the index and the revisions. A
     * reader that sees a new revision therefore finds the part already written; one that reads a part between the two
     * writes may cache the new content under the old revision, and reads it again when the revision moves.
     */
    public void writeTo(MongoCollection<Document> collection) {
        if (setByPart.isEmpty() && indexed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        setByPart.forEach((part, set) -> writes.add(new UpdateOneModel<>(new Document("_id", part), new Document("$set", set),
                new UpdateOptions().upsert(true))));
        if (!indexed.isEmpty()) {
            writes.add(new UpdateOneModel<>(new Document("_id", indexId), new Document("$addToSet",
                    new Document("ids", new Document("$each", new ArrayList<>(indexed)))), new UpdateOptions().upsert(true)));
        }
        Map<String, Document> raisedByBody = new TreeMap<>();
        setByPart.keySet().forEach(part -> raisedByBody.computeIfAbsent(CachedParts.unionBodyOf(part), b -> new Document())
                .append(ReadModels.fieldKey(part), 1));
        raisedByBody.forEach((body, raised) -> writes.add(new UpdateOneModel<>(new Document("_id", CachedParts.REVISIONS + body),
                new Document("$inc", raised), new UpdateOptions().upsert(true))));
        collection.bulkWrite(writes);
    }
}
