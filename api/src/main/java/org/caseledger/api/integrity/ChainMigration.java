package org.caseledger.api.integrity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.annotation.PostConstruct;
import org.bson.Document;
import org.caseledger.eventstore.CaseChain;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * On the first start on a store written before the hash chain (0.1.0, 0.2.0), chains every case's stored events once
 * and marks them {@code chainedByMigration}: their links prove nothing about what happened before the migration, only
 * that nothing changed since. A marker in {@code integrity} keeps later starts from scanning again.
 */
@Component
public class ChainMigration {

    private static final Logger log = LoggerFactory.getLogger(ChainMigration.class);
    static final String MARKER = "chain-migration";

    private final KeyedEventStorageEngine engine;
    private final MongoCollection<Document> integrity;

    public ChainMigration(KeyedEventStorageEngine engine, com.mongodb.client.MongoDatabase database) {
        this.engine = engine;
        this.integrity = database.getCollection("integrity");
    }

    @PostConstruct
    void migrateOnce() {
        if (integrity.find(new Document("_id", MARKER)).first() != null) {
            return;
        }
        long started = System.nanoTime();
        int chained = CaseChain.migrateStore(engine.eventsCollection());
        integrity.replaceOne(new Document("_id", MARKER), new Document("_id", MARKER).append("chainedEvents", chained)
                .append("at", java.util.Date.from(Instant.now())), new ReplaceOptions().upsert(true));
        if (chained > 0) {
            log.info("hash chain: {} events stored before the chain existed were chained (marked chainedByMigration) in {} ms",
                    chained, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
