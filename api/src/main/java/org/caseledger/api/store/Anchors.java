package org.caseledger.api.store;

import org.caseledger.api.crypto.MerkleTree;
import org.caseledger.api.crypto.AnchorSigner;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.caseledger.eventstore.CaseChain;
import org.caseledger.eventstore.GlobalIndexAllocator;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Anchors (锚定): once a day and on demand, the heads of the cases changed since the last anchor are folded into a
 * Merkle root, the statement (number, day, root, the previous anchor's hash) is signed with the service's Ed25519 key
 * and kept. A union files the statement outside the system; a later rewrite of a case, even with every hash recomputed,
 * no longer leads to the root it signed.
 * <p>
 * The changed cases are found by the events' global indexes since the last anchor (key lookups), reaching back
 * {@link #OVERLAP} indexes so that a commit still in flight at the last anchor is covered by the next.
 */
public class Anchors {

    static final long OVERLAP = 1000;
    static final String HEAD = "anchor-head";

    /** What an anchor states, signed: the text of {@link #signedText()} under {@code signature}. */
    public record Statement(long number, LocalDate day, Instant createdAt, long fromGlobalIndex, long upToGlobalIndex, int cases,
                            String merkleRoot, String previousAnchorHash, String publicKey, String signature, String anchorHash) {

        /** The text that is signed: one field a line, in this order. */
        public String signedText() {
            return String.join("\n", "caseledger anchor v1", "number=" + number, "day=" + day, "createdAt=" + createdAt,
                    "fromGlobalIndex=" + fromGlobalIndex, "upToGlobalIndex=" + upToGlobalIndex, "cases=" + cases,
                    "merkleRoot=" + merkleRoot, "previousAnchorHash=" + previousAnchorHash);
        }
    }

    /** A case's head as an anchor recorded it. */
    public record Leaf(String caseId, long seq, String hash) {
    }

    /** A case's place in an anchor: the statement, the leaf and the path from it to the root. */
    public record Inclusion(Statement statement, Leaf leaf, List<MerkleTree.Step> proof) {
    }

    private final KeyedEventStorageEngine engine;
    private final MongoCollection<Document> anchors;
    private final MongoCollection<Document> integrity;
    private final GlobalIndexAllocator counter;
    private final AnchorSigner signer;
    private final Clock clock;

    public Anchors(KeyedEventStorageEngine engine, MongoDatabase database, AnchorSigner signer, Clock clock) {
        this.engine = engine;
        this.anchors = database.getCollection("anchors");
        this.integrity = database.getCollection("integrity");
        this.counter = new GlobalIndexAllocator(database.getCollection("counters"));
        this.signer = signer;
        this.clock = clock;
    }

    public String publicKey() {
        return signer.publicKey();
    }

    /** Once a day, shortly after midnight (the zone of "today"), the previous day's changes are anchored. */
    @Scheduled(cron = "${caseledger.integrity.anchor-cron:0 10 0 * * *}", zone = "${caseledger.rules.time-zone:Asia/Shanghai}")
    public void daily() {
        anchorNow();
    }

    /** Anchors the cases changed since the last anchor; synchronized: one anchor at a time in this process. */
    public synchronized Statement anchorNow() {
        Document head = integrity.find(Filters.eq("_id", HEAD)).first();
        long number = head == null ? 1 : ((Number) head.get("number")).longValue() + 1;
        String previous = head == null ? CaseChain.GENESIS : head.getString("anchorHash");
        long from = head == null ? 1 : Math.max(1, ((Number) head.get("upToGlobalIndex")).longValue() + 1 - OVERLAP);
        long upTo = counter.highestAllocated();
        List<Leaf> leaves = heads(changedCases(from, upTo));
        List<String> hashes = leaves.stream().map(l -> MerkleTree.leaf(l.caseId(), l.seq(), l.hash())).toList();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Statement unsigned = new Statement(number, LocalDate.now(clock), now, from, upTo, leaves.size(), MerkleTree.root(hashes),
                previous, signer.publicKey(), null, null);
        String signature = signer.sign(unsigned.signedText());
        String anchorHash = CaseChain.sha256(unsigned.signedText() + "\nsignature=" + signature);
        Statement signed = new Statement(number, unsigned.day(), now, from, upTo, leaves.size(), unsigned.merkleRoot(), previous,
                signer.publicKey(), signature, anchorHash);
        List<Document> leafDocs = leaves.stream().map(l -> new Document("caseId", l.caseId()).append("seq", l.seq()).append("hash", l.hash()))
                .toList();
        anchors.insertOne(toDocument(signed).append("leaves", leafDocs));
        integrity.replaceOne(Filters.eq("_id", HEAD), new Document("_id", HEAD).append("number", number).append("anchorHash", anchorHash)
                .append("upToGlobalIndex", upTo), new ReplaceOptions().upsert(true));
        return signed;
    }

    /** The anchors made on a day, in order. */
    public List<Statement> ofDay(LocalDate day) {
        List<Statement> found = new ArrayList<>();
        for (Document d : anchors.find(Filters.eq("day", day.toString())).projection(Projections.exclude("leaves"))) {
            found.add(fromDocument(d));
        }
        found.sort(java.util.Comparator.comparingLong(Statement::number));
        return found;
    }

    /** The last anchor of the day that holds the case, with the case's leaf and its inclusion proof. */
    public Optional<Inclusion> inclusion(String caseId, LocalDate day) {
        List<Document> ofDay = new ArrayList<>();
        anchors.find(Filters.eq("day", day.toString())).forEach(ofDay::add);
        return inclusionIn(caseId, ofDay);
    }

    /** The latest anchor of all that holds the case (a scan of the anchors: one a day and those made on demand). */
    public Optional<Inclusion> latestInclusion(String caseId) {
        List<Document> all = new ArrayList<>();
        anchors.find(Filters.eq("leaves.caseId", caseId)).forEach(all::add);
        return inclusionIn(caseId, all);
    }

    private static Optional<Inclusion> inclusionIn(String caseId, List<Document> ofDay) {
        ofDay.sort(java.util.Comparator.comparingLong(d -> -((Number) d.get("_id")).longValue()));
        for (Document d : ofDay) {
            List<Document> leafDocs = d.getList("leaves", Document.class);
            for (int i = 0; i < leafDocs.size(); i++) {
                if (caseId.equals(leafDocs.get(i).getString("caseId"))) {
                    List<String> hashes = leafDocs.stream().map(l -> MerkleTree.leaf(l.getString("caseId"),
                            ((Number) l.get("seq")).longValue(), l.getString("hash"))).toList();
                    Document l = leafDocs.get(i);
                    return Optional.of(new Inclusion(fromDocument(d), new Leaf(caseId, ((Number) l.get("seq")).longValue(),
                            l.getString("hash")), MerkleTree.proof(hashes, i)));
                }
            }
        }
        return Optional.empty();
    }

    /** The aggregates with an event at a global index in [from, upTo], read by {@code _id} in batches. */
    private List<String> changedCases(long from, long upTo) {
        MongoCollection<Document> events = engine.eventsCollection();
        java.util.Set<String> cases = new java.util.TreeSet<>();
        for (long start = from; start <= upTo; start += 1000) {
            List<Long> ids = new ArrayList<>();
            for (long i = start; i <= Math.min(upTo, start + 999); i++) {
                ids.add(i);
            }
            for (Document d : events.find(Filters.in("_id", ids)).projection(Projections.include("aggregateId", "aggregateType"))) {
                if (d.getString("aggregateType") != null) {
                    cases.add(d.getString("aggregateId"));
                }
            }
        }
        return new ArrayList<>(cases);
    }

    /** Each case's head now: its last stored event's sequence number and hash. */
    private List<Leaf> heads(List<String> cases) {
        Map<String, Leaf> byCase = new TreeMap<>();
        for (String caseId : cases) {
            CaseChain.head(engine.eventsCollection(), caseId).filter(last -> last.getString(CaseChain.HASH) != null)
                    .ifPresent(last -> byCase.put(caseId, new Leaf(caseId, ((Number) last.get("seq")).longValue(), last.getString(CaseChain.HASH))));
        }
        return new ArrayList<>(byCase.values());
    }

    private static Document toDocument(Statement s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("_id", s.number());
        fields.put("day", s.day().toString());
        fields.put("createdAt", Date.from(s.createdAt()));
        fields.put("fromGlobalIndex", s.fromGlobalIndex());
        fields.put("upToGlobalIndex", s.upToGlobalIndex());
        fields.put("cases", s.cases());
        fields.put("merkleRoot", s.merkleRoot());
        fields.put("previousAnchorHash", s.previousAnchorHash());
        fields.put("publicKey", s.publicKey());
        fields.put("signature", s.signature());
        fields.put("anchorHash", s.anchorHash());
        return new Document(fields);
    }

    private static Statement fromDocument(Document d) {
        return new Statement(((Number) d.get("_id")).longValue(), LocalDate.parse(d.getString("day")), d.getDate("createdAt").toInstant(),
                ((Number) d.get("fromGlobalIndex")).longValue(), ((Number) d.get("upToGlobalIndex")).longValue(),
                ((Number) d.get("cases")).intValue(), d.getString("merkleRoot"), d.getString("previousAnchorHash"), d.getString("publicKey"),
                d.getString("signature"), d.getString("anchorHash"));
    }
}
