package org.caseledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hash chain of an aggregate's events: each stored event carries {@code prevHash}, the hash of the aggregate's
 * previous event (64 zeros before the first), and {@code hash}, SHA-256 over the previous hash and the event's
 * canonical stored form — type and revision, aggregate, sequence number, timestamp, metadata and payload exactly as
 * stored (ciphertext where the payload holds it). Changing, removing, inserting or reordering a stored event breaks
 * the chain at that event; rewriting a whole aggregate with recomputed hashes does not, which is what the signed
 * daily anchors are for.
 */
public final class CaseChain {

    public static final String HASH = "hash";
    public static final String PREV_HASH = "prevHash";
    /** Set on events chained after the fact, by the migration of a store written before the chain existed. */
    public static final String CHAINED_BY_MIGRATION = "chainedByMigration";
    public static final String GENESIS = "0".repeat(64);
    static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private CaseChain() {
    }

    /** The hash of a stored event document, given the hash of the aggregate's event before it. */
    public static String hashOf(Document event, String prevHash) {
        return sha256(hashedText(prevHash, event.getString("payloadType"), event.getString("payloadRevision"),
                event.getString("aggregateId"), ((Number) event.get("seq")).longValue(), event.getDate("timestamp").getTime(),
                canonicalMetadata(event), canonicalPayload(event)));
    }

    /**
     * The text whose SHA-256 is an event's hash: one field a line, an absent one as {@code null}, the timestamp in epoch
     * milliseconds. The one definition the store, the case export and its offline verifier share.
     */
    public static String hashedText(String prevHash, String payloadType, String payloadRevision, String aggregateId, long seq,
                                    long timestamp, String metadata, String payload) {
        return String.join("\n", prevHash, String.valueOf(payloadType), String.valueOf(payloadRevision), String.valueOf(aggregateId),
                String.valueOf(seq), String.valueOf(timestamp), String.valueOf(metadata), String.valueOf(payload));
    }

    /** The payload as hashed: the stored sub-document as extended JSON, or the stored JSON text of a bare value. */
    public static String canonicalPayload(Document event) {
        return event.get("payload") != null ? ((Document) event.get("payload")).toJson(CANONICAL) : String.valueOf(event.get("payloadJson"));
    }

    public static String canonicalMetadata(Document event) {
        return event.get("metadata") != null ? ((Document) event.get("metadata")).toJson(CANONICAL) : String.valueOf(event.get("metadataJson"));
    }

    /** An aggregate's stored events in sequence order (for exports). */
    public static List<Document> events(MongoCollection<Document> events, String aggregate) {
        return readAll(events, aggregate);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Chains the documents of one commit before they are inserted: within the commit from one event to the next of
     * the same aggregate, and to the stored event before the commit otherwise. Those stored events are looked up
     * together (one query a commit), and each must be the one this service stored: with a hash (an event without one
     * in a chained store is tampering — a store is chained once, by {@link #migrateStore}), and, where this engine
     * remembers the head it wrote, with that hash. Otherwise {@link ChainTampered}: the commit fails rather than fork
     * the chain and put the break on the new event.
     */
    static void chain(List<Document> docs, MongoCollection<Document> events, CaseHeads known) {
        chain(docs, events, known, new CaseHeads(0));
    }

    /**
     * As above; where {@code justRead} holds the stored event a commit links to (the engine read it from the store while
     * loading the aggregate for this command), its stored hash is used instead of a second lookup of the same event.
     */
    static void chain(List<Document> docs, MongoCollection<Document> events, CaseHeads known, CaseHeads justRead) {
        Map<String, Long> firstSeq = new LinkedHashMap<>();
        for (Document doc : docs) {
            if (doc.getString("aggregateType") != null) {
                firstSeq.putIfAbsent(doc.getString("aggregateId"), ((Number) doc.get("seq")).longValue());
            }
        }
        List<String> keys = new ArrayList<>();
        Map<String, Document> before = new HashMap<>();
        firstSeq.forEach((aggregate, seq) -> {
            if (seq > 0) {
                String key = EventDocuments.key(aggregate, seq - 1);
                String read = justRead.hashAt(aggregate, seq - 1);
                if (read != null) {
                    before.put(key, new Document(EventDocuments.KEY, key).append(HASH, read));
                } else {
                    keys.add(key);
                }
            }
        });
        if (!keys.isEmpty()) {
            for (Document d : events.find(Filters.in(EventDocuments.KEY, keys)).projection(Projections.include(EventDocuments.KEY, HASH))) {
                before.put(d.getString(EventDocuments.KEY), d);
            }
        }
        Map<String, String> heads = new HashMap<>();
        for (Document doc : docs) {
            if (doc.getString("aggregateType") == null) {
                continue; // an application event belongs to no aggregate's history
            }
            String aggregate = doc.getString("aggregateId");
            long seq = ((Number) doc.get("seq")).longValue();
            String prev = heads.get(aggregate);
            if (prev == null && seq > 0) {
                Document stored = before.get(EventDocuments.key(aggregate, seq - 1));
                if (stored == null) {
                    prev = GENESIS; // no event there: the append fails on its own (the sequence is checked), or the chain shows the gap
                } else if (stored.getString(HASH) == null) {
                    throw new ChainTampered(aggregate, seq - 1, "has no hash although the store is chained: it was stored or changed outside the service");
                } else {
                    String remembered = known.hashAt(aggregate, seq - 1);
                    if (remembered != null && !remembered.equals(stored.getString(HASH))) {
                        throw new ChainTampered(aggregate, seq - 1, "is not the one this service stored (its hash differs): the history was rewritten");
                    }
                    prev = stored.getString(HASH);
                }
            }
            if (prev == null) {
                prev = GENESIS;
            }
            String hash = hashOf(doc, prev);
            doc.append(PREV_HASH, prev).append(HASH, hash);
            heads.put(aggregate, hash);
        }
    }

    /** Chains an aggregate whose stored events have no hashes yet, marking them as chained by the migration. */
    public static int migrate(MongoCollection<Document> events, String aggregate) {
        List<Document> stored = readAll(events, aggregate);
        String prev = GENESIS;
        int chained = 0;
        for (Document doc : stored) {
            String hash = doc.getString(HASH);
            if (hash == null) {
                hash = hashOf(doc, prev);
                events.updateOne(Filters.eq("_id", doc.get("_id")), Updates.combine(Updates.set(PREV_HASH, prev), Updates.set(HASH, hash),
                        Updates.set(CHAINED_BY_MIGRATION, true)));
                chained++;
            }
            prev = hash;
        }
        return chained;
    }

    /**
     * Chains every aggregate of a store written before the chain existed (once: the events without a hash are found
     * by one scan). Returns how many events it chained.
     */
    public static int migrateStore(MongoCollection<Document> events) {
        List<String> aggregates = new ArrayList<>();
        for (Document d : events.find(Filters.and(Filters.exists(HASH, false), Filters.ne("aggregateType", null)))
                .projection(Projections.include("aggregateId"))) {
            String id = d.getString("aggregateId");
            if (!aggregates.contains(id)) {
                aggregates.add(id);
            }
        }
        int chained = 0;
        for (String aggregate : aggregates) {
            chained += migrate(events, aggregate);
        }
        return chained;
    }

    /** What a check of an aggregate's chain found. */
    public record Verification(String aggregateId, boolean valid, int events, String headHash, Long firstBrokenSequence,
                               String reason) {
    }

    /**
     * Recomputes an aggregate's chain from its stored events (read by key, in batches). {@code expectedLast}, when
     * known from elsewhere (the read models), catches events removed from the end.
     */
    public static Verification verify(MongoCollection<Document> events, String aggregate, Long expectedLast) {
        List<Document> stored = readAll(events, aggregate);
        String prev = GENESIS;
        long expectedSeq = 0;
        for (Document doc : stored) {
            long seq = ((Number) doc.get("seq")).longValue();
            if (seq != expectedSeq) {
                return broken(aggregate, stored.size(), expectedSeq, "event " + expectedSeq + " is missing");
            }
            if (!Objects.equals(doc.getString(PREV_HASH), prev)) {
                return broken(aggregate, stored.size(), seq, "its link to the event before does not match: an event was removed, "
                        + "inserted or replaced before it");
            }
            String hash = hashOf(doc, prev);
            if (!hash.equals(doc.getString(HASH))) {
                return broken(aggregate, stored.size(), seq, "its content does not match its hash: it was changed after it was stored");
            }
            prev = hash;
            expectedSeq++;
        }
        if (expectedLast != null && expectedSeq - 1 < expectedLast) {
            return broken(aggregate, stored.size(), expectedSeq, "events " + expectedSeq + " to " + expectedLast + " are missing");
        }
        return new Verification(aggregate, true, stored.size(), stored.isEmpty() ? null : prev, null, null);
    }

    private static Verification broken(String aggregate, int events, long seq, String reason) {
        return new Verification(aggregate, false, events, null, seq, "event " + seq + ": " + reason);
    }

    /** An aggregate's last stored event (by sequence number), if any. */
    public static java.util.Optional<Document> head(MongoCollection<Document> events, String aggregate) {
        List<Document> all = readAll(events, aggregate);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }

    /** The stored hash of an aggregate's event at a sequence number, if it is there. */
    public static java.util.Optional<String> hashAt(MongoCollection<Document> events, String aggregate, long seq) {
        Document d = events.find(Filters.eq(EventDocuments.KEY, EventDocuments.key(aggregate, seq))).projection(Projections.include(HASH)).first();
        return d == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(d.getString(HASH));
    }

    /**
     * An aggregate's stored events in sequence order, by key lookups in batches of 100 (the query every server answers
     * from an index); past a batch with a hole the next batch is still asked for, so one removed event is a gap, not
     * the end.
     */
    static List<Document> readAll(MongoCollection<Document> events, String aggregate) {
        Map<Long, Document> bySeq = new LinkedHashMap<>();
        long from = 0;
        int batch = 100;
        while (true) {
            List<String> keys = new ArrayList<>(batch);
            for (long s = from; s < from + batch; s++) {
                keys.add(EventDocuments.key(aggregate, s));
            }
            int found = 0;
            for (Document d : events.find(Filters.in(EventDocuments.KEY, keys))) {
                bySeq.put(((Number) d.get("seq")).longValue(), d);
                found++;
            }
            if (found == 0) {
                break;
            }
            from += batch;
        }
        List<Document> ordered = new ArrayList<>();
        bySeq.keySet().stream().sorted().forEach(s -> ordered.add(bySeq.get(s)));
        return ordered;
    }
}
