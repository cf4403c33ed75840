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
 * the ids the index document lists (added, never removed), so a reader finds every part by key.
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

    /** One bulk write: the index first, then the parts (nothing when nothing changed). */
    public void writeTo(MongoCollection<Document> collection) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        if (!indexed.isEmpty()) {
            writes.add(new UpdateOneModel<>(new Document("_id", indexId), new Document("$addToSet",
                    new Document("ids", new Document("$each", new ArrayList<>(indexed)))), new UpdateOptions().upsert(true)));
        }
        setByPart.forEach((part, set) -> writes.add(new UpdateOneModel<>(new Document("_id", part), new Document("$set", set),
                new UpdateOptions().upsert(true))));
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes);
        }
    }
}
