package org.caseledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/**
 * Hands out contiguous blocks of global event indexes from one counter document. The {@code $inc} is atomic in
 * MongoDB, so any number of processes sharing the database get disjoint blocks; no JVM lock is involved.
 */
public final class GlobalIndexAllocator {

    private static final String EVENTS = "events";

    private final MongoCollection<Document> counters;

    public GlobalIndexAllocator(MongoCollection<Document> counters) {
        this.counters = counters;
        // create the counter once, so allocation never races on an upsert
        counters.updateOne(new Document("_id", EVENTS), new Document("$setOnInsert", new Document("next", 0L)),
                new UpdateOptions().upsert(true));
    }

    /**
     * Reserves {@code n} indexes and returns the last of them; the block is {@code [last-n+1 .. last]}.
     * Computed from the document <em>before</em> the increment: the embedded server (mongo-java-server 1.47)
     * hands the same "after" document to concurrent callers, while the "before" one comes from inside its
     * lock (GlobalIndexAllocatorTest: 8 threads, 4,000 blocks). On MongoDB both are atomic.
     */
    public long allocate(int n) {
        Document before = counters.findOneAndUpdate(new Document("_id", EVENTS), new Document("$inc", new Document("next", (long) n)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            throw new IllegalStateException("the event counter document is missing");
        }
        return ((Number) before.get("next")).longValue() + n;
    }

    /** The highest index handed out so far (0 when none). */
    public long highestAllocated() {
        Document counter = counters.find(new Document("_id", EVENTS)).first();
        return counter == null ? 0 : ((Number) counter.get("next")).longValue();
    }
}
