package org.caseledger.api.store;

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
 * On the first start on a store written before the hash chain and the sealing of personal data (0.1.0, 0.2.0): first
 * the claimants' personal data still in clear in those events is sealed in place ({@code sealedByMigration}), then every
 * case's stored events are chained once ({@code chainedByMigration}): their links prove nothing about what happened
 * before the migration, only that nothing changed since. A marker in {@code integrity} keeps later starts from scanning
 * again. Events that already carry a hash are never touched.
 */
@Component
public class ChainMigration {

    private static final Logger log = LoggerFactory.getLogger(ChainMigration.class);
    static final String MARKER = "sealing-and-chain-migration";
    static final java.util.List<String> WITH_CLAIMANTS = java.util.List.of("WageClaimFiled", "ClaimantAdded",
            "org.caseledger.core.intake.WageClaimFiled", "org.caseledger.core.intake.ClaimantAdded");

    private final KeyedEventStorageEngine engine;
    private final MongoCollection<Document> integrity;
    private final org.caseledger.api.store.PersonalDataSealing sealing;

    public ChainMigration(KeyedEventStorageEngine engine, com.mongodb.client.MongoDatabase database,
                          org.caseledger.api.store.PersonalDataSealing sealing) {
        this.engine = engine;
        this.integrity = database.getCollection("integrity");
        this.sealing = sealing;
    }

    @PostConstruct
    void migrateOnce() {
        if (integrity.find(new Document("_id", MARKER)).first() != null) {
            return;
        }
        long started = System.nanoTime();
        MongoCollection<Document> events = engine.eventsCollection();
        int sealed = 0;
        for (Document doc : events.find(com.mongodb.client.model.Filters.and(com.mongodb.client.model.Filters.in("payloadType", WITH_CLAIMANTS),
                com.mongodb.client.model.Filters.exists(CaseChain.HASH, false)))) {
            if (org.caseledger.api.store.PersonalDataSealing.holdsClearPersonalData(doc)) {
                sealing.seal(doc);
                events.updateOne(com.mongodb.client.model.Filters.eq("_id", doc.get("_id")), com.mongodb.client.model.Updates.combine(
                        com.mongodb.client.model.Updates.set("payload", doc.get("payload")),
                        com.mongodb.client.model.Updates.set("sealedByMigration", true)));
                sealed++;
            }
        }
        if (sealed > 0) {
            log.info("personal data: {} events written before sealing had it in clear; sealed in place (marked sealedByMigration)", sealed);
        }
        int chained = CaseChain.migrateStore(events);
        integrity.replaceOne(new Document("_id", MARKER), new Document("_id", MARKER).append("sealedEvents", sealed).append("chainedEvents", chained)
                .append("at", java.util.Date.from(Instant.now())), new ReplaceOptions().upsert(true));
        if (chained > 0) {
            log.info("hash chain: {} events stored before the chain existed were chained (marked chainedByMigration) in {} ms",
                    chained, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
