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
 * The writes of one batch to a read model kept in parts: fields set in part documents (one update per part), and
 * the index document: the ids it lists (added, never removed), so a reader finds every part by key, and a revision per
 * part ({@code revs.<part>}, raised by each write of the part), so a reader may keep parts it has read until their
 * revision moves (see {@link CachedParts}).
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
     * One ordered bulk write (nothing when nothing changed): the parts first, then the index. A reader that sees a new
     * revision therefore finds the part already written; one that reads a part between the two writes may cache the new
     * content under the old revision, and reads it again when the revision moves.
     */
    public void writeTo(MongoCollection<Document> collection) {
        if (setByPart.isEmpty() && indexed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        setByPart.forEach((part, set) -> writes.add(new UpdateOneModel<>(new Document("_id", part), new Document("$set", set),
                new UpdateOptions().upsert(true))));
        Document index = new Document();
        if (!indexed.isEmpty()) {
            index.append("$addToSet", new Document("ids", new Document("$each", new ArrayList<>(indexed))));
        }
        if (!setByPart.isEmpty()) {
            Document revs = new Document();
            setByPart.keySet().forEach(part -> revs.append(CachedParts.REVS + "." + ReadModels.fieldKey(part), 1));
            index.append("$inc", revs);
        }
        writes.add(new UpdateOneModel<>(new Document("_id", indexId), index, new UpdateOptions().upsert(true)));
        collection.bulkWrite(writes);
    }
}
