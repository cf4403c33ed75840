package org.caseledger.api.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/**
 * Hands out contiguous blocks of global event indexes from one counter document. The {@code $inc} is atomic in
 * MongoDB, so any number of processes sharing the database get disjoint blocks; no JVM lock is involved.
 */
final class GlobalIndexAllocator {

    private static final String EVENTS = "events";

    private final MongoCollection<Document> counters;

    GlobalIndexAllocator(MongoCollection<Document> counters) {
        this.counters = counters;
        // create the counter once, so allocation never races on an upsert
        counters.updateOne(new Document("_id", EVENTS), new Document("$setOnInsert", new Document("next", 0L)),
                new UpdateOptions().upsert(true));
    }

    /** Reserves {@code n} indexes and returns the last of them; the block is {@code [last-n+1 .. last]}. */
    long allocate(int n) {
        Document after = counters.findOneAndUpdate(new Document("_id", EVENTS), new Document("$inc", new Document("next", (long) n)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after == null) {
            throw new IllegalStateException("the event counter document is missing");
        }
        return ((Number) after.get("next")).longValue();
    }

    /** The highest index handed out so far (0 when none). */
    long highestAllocated() {
        Document counter = counters.find(new Document("_id", EVENTS)).first();
        return counter == null ? 0 : ((Number) counter.get("next")).longValue();
    }
}
