package org.caseledger.api.store;

import org.caseledger.api.crypto.MerkleTree;
import org.caseledger.api.crypto.AnchorSigner;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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

    /**
     * What an anchor states, signed: the text of {@link #signedText()} under {@code signature}. {@code refused}: the
     * changed cases it did not anchor because their history no longer extends what an earlier anchor signed, or their
     * chain is broken (null in anchors made before 0.4, whose text is v1).
     */
    public record Statement(long number, LocalDate day, Instant createdAt, long fromGlobalIndex, long upToGlobalIndex, int cases,
                            String merkleRoot, String previousAnchorHash, String publicKey, String signature, String anchorHash,
                            List<Refusal> refused) {

        public Statement(long number, LocalDate day, Instant createdAt, long fromGlobalIndex, long upToGlobalIndex, int cases,
                         String merkleRoot, String previousAnchorHash, String publicKey, String signature, String anchorHash) {
            this(number, day, createdAt, fromGlobalIndex, upToGlobalIndex, cases, merkleRoot, previousAnchorHash, publicKey, signature,
                    anchorHash, null);
        }

        /** The text that is signed: one field a line, in this order; v2 adds the refused cases, one a line. */
        public String signedText() {
            String v1 = String.join("\n", refused == null ? "caseledger anchor v1" : "caseledger anchor v2", "number=" + number, "day=" + day,
                    "createdAt=" + createdAt, "fromGlobalIndex=" + fromGlobalIndex, "upToGlobalIndex=" + upToGlobalIndex, "cases=" + cases,
                    "merkleRoot=" + merkleRoot, "previousAnchorHash=" + previousAnchorHash);
            if (refused == null) {
                return v1;
            }
            StringBuilder text = new StringBuilder(v1).append("\nrefused=").append(refused.size());
            refused.forEach(r -> text.append("\nrefusedCase=").append(r.caseId()).append(' ').append(r.reason().replace('\n', ' ')));
            return text.toString();
        }

        /** The hash the next anchor links to: over the signed text and the signature. */
        public String computedAnchorHash() {
            return CaseChain.sha256(signedText() + "\nsignature=" + signature);
        }

        /** This statement with its signature and the hash the next anchor links to. */
        Statement signedWith(String signature) {
            Statement withSignature = new Statement(number, day, createdAt, fromGlobalIndex, upToGlobalIndex, cases, merkleRoot,
                    previousAnchorHash, publicKey, signature, null, refused);
            return new Statement(number, day, createdAt, fromGlobalIndex, upToGlobalIndex, cases, merkleRoot, previousAnchorHash, publicKey,
                    signature, withSignature.computedAnchorHash(), refused);
        }
    }

    /** A changed case an anchor did not hold, and why (its history was rewritten, or its chain is broken). */
    public record Refusal(String caseId, String reason) {
    }

    /** The anchors' own log does not hold together: an anchor forged, removed or altered. Nothing is anchored on it. */
    public static final class LogBroken extends RuntimeException {
        public LogBroken(String reason) {
            super(reason);
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
    private final GlobalIndexAllocator counter;
    private final AnchorSigner signer;
    private final org.caseledger.api.crypto.TrustedKeys trusted;
    private final Clock clock;
    private volatile int lastRefused;
    private volatile String logBroken;

    public Anchors(KeyedEventStorageEngine engine, MongoDatabase database, AnchorSigner signer, org.caseledger.api.crypto.TrustedKeys trusted,
                   Clock clock) {
        this.engine = engine;
        this.anchors = database.getCollection("anchors");
        this.counter = new GlobalIndexAllocator(database.getCollection("counters"));
        this.signer = signer;
        this.trusted = trusted;
        this.clock = clock;
    }

    public org.caseledger.api.crypto.TrustedKeys trusted() {
        return trusted;
    }

    /** How many changed cases the last anchor of this process refused (a metric, a health detail). */
    public int lastRefused() {
        return lastRefused;
    }

    /** Why the anchors' log does not hold together, as the last anchoring found it; null when it does. */
    public String logBroken() {
        return logBroken;
    }

    /** The anchors' log, to be checked before it is built on; what it finds is kept for the health. */
    private AnchorLog log() {
        return new AnchorLog(anchors, this::verdict, problem -> logBroken = problem);
    }

    /** Whether a statement was signed by a trusted key in its period. */
    public org.caseledger.api.crypto.TrustedKeys.Verdict verdict(Statement s) {
        return trusted.check(s.publicKey(), s.signedText(), s.signature(), s.createdAt());
    }

    public String publicKey() {
        return signer.publicKey();
    }

    /** Once a day, shortly after midnight (the zone of "today"), the previous day's changes are anchored. */
    @Scheduled(cron = "${caseledger.integrity.anchor-cron:0 10 0 * * *}", zone = "${caseledger.rules.time-zone:Asia/Shanghai}")
    public void daily() {
        anchorNow();
    }

    /**
     * Anchors the cases changed since the last anchor; synchronized: one anchor at a time in this process. First the
     * anchors' own log is checked (each signed by a trusted key, numbered without a gap, each linking to the one before);
     * then each changed case must extend what the last anchor holding it signed (the anchored event still has the
     * anchored hash, the chain from it to the head intact: events only appended, as a Certificate Transparency log
     * proves consistency). A case that does not is refused — left out and listed in the signed statement.
     */
    public synchronized Statement anchorNow() {
        AnchorLog.Checked log = log().check();
        Statement last = log.last();
        long number = last == null ? 1 : last.number() + 1;
        String previous = last == null ? CaseChain.GENESIS : last.anchorHash();
        long from = last == null ? 1 : Math.max(1, last.upToGlobalIndex() + 1 - OVERLAP);
        long upTo = counter.highestAllocated();
        List<Leaf> leaves = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (String caseId : changedCases(from, upTo)) {
            CaseChain.Verification chain = CaseChain.verify(engine.eventsCollection(), caseId, null);
            if (!chain.valid()) {
                refused.add(new Refusal(caseId, "chain broken: " + chain.reason()));
                continue;
            }
            if (chain.headHash() == null) {
                continue;
            }
            Optional<Leaf> anchored = log.lastLeafOf(caseId);
            if (anchored.isPresent()) {
                Leaf a = anchored.get();
                Optional<String> stored = CaseChain.hashAt(engine.eventsCollection(), caseId, a.seq());
                if (stored.isEmpty() || !stored.get().equals(a.hash())) {
                    refused.add(new Refusal(caseId, "event " + a.seq() + " is no longer the one an earlier anchor signed: the history was rewritten"));
                    continue;
                }
            }
            leaves.add(new Leaf(caseId, chain.events() - 1L, chain.headHash()));
        }
        List<String> hashes = leaves.stream().map(l -> MerkleTree.leaf(l.caseId(), l.seq(), l.hash())).toList();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Statement unsigned = new Statement(number, LocalDate.now(clock), now, from, upTo, leaves.size(), MerkleTree.root(hashes),
                previous, signer.publicKey(), null, null, List.copyOf(refused));
        Statement signed = unsigned.signedWith(signer.sign(unsigned.signedText()));
        List<Document> leafDocs = leaves.stream().map(l -> new Document("caseId", l.caseId()).append("seq", l.seq()).append("hash", l.hash()))
                .toList();
        anchors.insertOne(toDocument(signed).append("leaves", leafDocs));
        lastRefused = refused.size();
        return signed;
    }

    /** One anchor by its number, with the cases it refused. */
    public Optional<Statement> byNumber(long number) {
        Document d = anchors.find(Filters.eq("_id", number)).projection(Projections.exclude("leaves")).first();
        return Optional.ofNullable(d).map(Anchors::fromDocument);
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

    /** The last anchor of the day that holds the case (or the one numbered {@code number}), with its leaf and proof. */
    public Optional<Inclusion> inclusion(String caseId, LocalDate day, Long number) {
        List<Document> ofDay = new ArrayList<>();
        anchors.find(number == null ? Filters.eq("day", day.toString()) : Filters.and(Filters.eq("day", day.toString()), Filters.eq("_id", number)))
                .forEach(ofDay::add);
        return inclusionIn(caseId, ofDay);
    }

    /** The anchor with the highest number, if any (as stored: judge it with {@link #verdict}). */
    public Optional<Statement> latestStatement() {
        Document d = anchors.find().projection(Projections.exclude("leaves")).sort(new Document("_id", -1)).limit(1).first();
        return Optional.ofNullable(d).map(Anchors::fromDocument);
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
        if (s.refused() != null) {
            fields.put("refused", s.refused().stream().map(r -> new Document("caseId", r.caseId()).append("reason", r.reason())).toList());
        }
        return new Document(fields);
    }

    static Statement fromDocument(Document d) {
        return new Statement(((Number) d.get("_id")).longValue(), LocalDate.parse(d.getString("day")), d.getDate("createdAt").toInstant(),
                ((Number) d.get("fromGlobalIndex")).longValue(), ((Number) d.get("upToGlobalIndex")).longValue(),
                ((Number) d.get("cases")).intValue(), d.getString("merkleRoot"), d.getString("previousAnchorHash"), d.getString("publicKey"),
                d.getString("signature"), d.getString("anchorHash"),
                d.containsKey("refused") ? d.getList("refused", Document.class).stream()
                        .map(r -> new Refusal(r.getString("caseId"), r.getString("reason"))).toList() : null);
    }
}
