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
 * The one-time sealing and chaining of a store written before the hash chain and the sealing of personal data (0.1.0,
 * 0.2.0): first the claimants' personal data still in clear in those events is sealed in place ({@code sealedByMigration}),
 * then every case's unchained events are chained ({@code chainedByMigration}): their links prove nothing about what
 * happened before the migration, only that nothing changed since. It runs by itself on start only for a store that was
 * never chained — no marker, no anchor and no event with a hash; a chained store is never chained again on start (an
 * event without a hash there is tampering, reported by the integrity checks and refused at append). An administrator
 * may chain deliberately ({@code POST /api/admin/integrity/chain-migration}); each run is recorded (when, by whom, how
 * many events) and logged.
 */
@Component
public class ChainMigration {

    private static final Logger log = LoggerFactory.getLogger(ChainMigration.class);
    static final String MARKER = "sealing-and-chain-migration";
    static final java.util.List<String> WITH_CLAIMANTS = java.util.List.of("WageClaimFiled", "ClaimantAdded",
            "org.caseledger.core.intake.WageClaimFiled", "org.caseledger.core.intake.ClaimantAdded");

    /** A run of the migration: when, by whom (an administrator's name, or "start"), what it sealed and chained. */
    public record Run(Instant at, String by, int sealedEvents, int chainedEvents) {
    }

    private final KeyedEventStorageEngine engine;
    private final MongoCollection<Document> integrity;
    private final MongoCollection<Document> anchors;
    private final org.caseledger.api.store.PersonalDataSealing sealing;

    public ChainMigration(KeyedEventStorageEngine engine, com.mongodb.client.MongoDatabase database,
                          org.caseledger.api.store.PersonalDataSealing sealing) {
        this.engine = engine;
        this.integrity = database.getCollection("integrity");
        this.anchors = database.getCollection("anchors");
        this.sealing = sealing;
    }

    /** On start: only a store never chained is chained by itself. */
    @PostConstruct
    public void migrateOnce() {
        if (integrity.find(new Document("_id", MARKER)).first() != null) {
            return;
        }
        boolean anchored = anchors.find().limit(1).first() != null;
        boolean hashed = engine.eventsCollection().find(com.mongodb.client.model.Filters.exists(CaseChain.HASH, true)).limit(1).first() != null;
        if (anchored || hashed) {
            log.error("the store is chained ({}) but its migration marker is gone: nothing is chained on start — an event without a hash "
                    + "here is tampering; an administrator who means to chain it runs POST /api/admin/integrity/chain-migration",
                    anchored ? "anchors exist" : "events carry hashes");
            return;
        }
        migrate("start");
    }

    /** Seals and chains what is not yet; recorded under its own id and, the first time, as the marker. */
    public synchronized Run migrate(String by) {
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
        Run run = new Run(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), by, sealed, chained);
        Document record = new Document("sealedEvents", sealed).append("chainedEvents", chained).append("at", java.util.Date.from(run.at()))
                .append("by", by);
        integrity.replaceOne(new Document("_id", MARKER), new Document(record).append("_id", MARKER), new ReplaceOptions().upsert(true));
        integrity.insertOne(new Document(record).append("_id", "chain-migration@" + run.at()));
        if (chained > 0 || !"start".equals(by)) {
            log.warn("hash chain: {} events chained by migration (marked chainedByMigration) by {} in {} ms",
                    chained, by, (System.nanoTime() - started) / 1_000_000);
        }
        return run;
    }
}
