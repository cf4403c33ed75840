package org.caseledger.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An Axon event storage engine on the MongoDB driver in which every read is a key lookup: an equality or
 * {@code $in} on a unique single-field index ({@code _id} or {@code key}), the only query the embedded server
 * answers from an index and the cheapest one on a real MongoDB.
 * <ul>
 *   <li>Each commit reserves a block of global indexes from a counter ({@code $inc}); each event is stored with
 *       {@code _id} = its index. Tracking reads ask for {@code _id $in [next indexes… ∪ known gaps]} and follow
 *       Axon's {@link GapAwareTrackingToken}: an index reserved but not yet written is a gap, waited for and
 *       given up only after the gap timeout, so an event committed late is still delivered.</li>
 *   <li>Each event has a unique {@code key} = aggregate id + sequence number: a second writer of the same
 *       sequence number hits the unique index and gets Axon's {@code ConcurrencyException}. Loading a case asks
 *       for the next {@code batchSize} keys with {@code $in}.</li>
 *   <li>Snapshots: one document per aggregate, {@code _id} = aggregate id, replaced.</li>
 * </ul>
 */
public class KeyedEventStorageEngine extends BatchingEventStorageEngine implements StoredStreams {

    private static final String KEY_INDEX = "key_1";

    private final MongoClient client;
    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final GlobalIndexAllocator allocator;
    private final AppendDurability durability;
    private final boolean transactionsForMultiEventCommits;
    private final PayloadProtection protection;
    private final boolean hashChain;
    private final GlobalOrder globalOrder;
    private final TrackingGaps gaps;
    /** The last event this engine stored of each aggregate it wrote recently (see {@link CaseChain#chain}). */
    private final CaseHeads heads = new CaseHeads(10_000);
    /** The last stored event of each aggregate this engine loaded recently (see {@link CaseChain#chain}). */
    private final CaseHeads lastRead = new CaseHeads(10_000);
    /** Aggregates this engine found without a snapshot (recently): loading them again skips the snapshot lookup. */
    private final RecentSet<String> withoutSnapshot = new RecentSet<>(10_000, true);
    private final StreamLookups lookups;

    protected KeyedEventStorageEngine(Builder builder) {
        super(builder.withDefaultExceptionResolver());
        this.client = builder.client;
        MongoDatabase db = builder.database;
        this.events = db.getCollection("events");
        this.snapshots = db.getCollection("snapshots");
        this.allocator = new GlobalIndexAllocator(db.getCollection("counters"));
        this.durability = builder.durability;
        this.transactionsForMultiEventCommits = builder.transactionsForMultiEventCommits;
        this.globalOrder = new GlobalOrder(events, allocator);
        this.gaps = new TrackingGaps(builder.gapTimeout, builder.clock);
        this.protection = builder.protection;
        this.hashChain = builder.hashChain;
        this.lookups = new StreamLookups(events, protection, getEventSerializer(), upcasterChain);
        events.createIndex(Indexes.ascending(EventDocuments.KEY), new IndexOptions().unique(true).name(KEY_INDEX));
    }

    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ appending

    /**
     * One commit: a block of global indexes, then one ordered insert. A commit usually holds the events of one
     * aggregate (one command), and then a conflicting writer of the same sequence number fails it at its first event,
     * so nothing of it is stored. A commit of several aggregates (Axon's contract allows it) can fail at a later
     * aggregate: in a transaction (replica set) nothing is stored; without one, the events it wrote before the
     * failure are deleted again (a tracking reader may have seen them in between: see README, known limits).
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> batch, Serializer serializer) {
        if (batch.isEmpty()) {
            return;
        }
        long last = allocator.allocate(batch.size());
        long first = last - batch.size() + 1;
        List<Document> docs = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            docs.add(EventDocuments.toDocument(first + i, batch.get(i), serializer));
        }
        protection.sealAll(docs);
        if (hashChain) {
            CaseChain.chain(docs, events, heads, lastRead);
        }
        boolean inTransaction = docs.size() > 1 && transactionsForMultiEventCommits;
        try {
            if (inTransaction) {
                // on a replica set no reader may see half a commit (see README: store design)
                try (ClientSession session = client.startSession()) {
                    session.withTransaction(() -> events.insertMany(session, docs));
                }
            } else {
                // the embedded server applies one insertMany under the collection lock its queries take too
                events.insertMany(docs);
            }
        } catch (MongoException e) {
            int failedAt = e instanceof MongoBulkWriteException b && !b.getWriteErrors().isEmpty() ? b.getWriteErrors().get(0).getIndex() : 0;
            if (!inTransaction && failedAt > 0) {
                events.deleteMany(new Document("_id", new Document("$in", GlobalOrder.range(first, first + failedAt - 1))));
            }
            // indexes [first..last] stay unused: readers treat them as gaps and give up on them
            handlePersistenceException(e, batch.get(failedAt));
        }
        heads.stored(docs);
        durability.awaitDurable();
    }

    /**
     * Bulk import of historical events (a migration, or a benchmark's store): one index block for the whole
     * list, one unordered insert. The caller guarantees that each case's sequence numbers are new and gapless; a
     * key conflict still fails the import.
     */
    public void importEvents(List<? extends DomainEventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Serializer serializer = getEventSerializer();
        long first = allocator.allocate(batch.size()) - batch.size() + 1;
        List<Document> docs = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            docs.add(EventDocuments.toDocument(first + i, batch.get(i), serializer));
        }
        protection.sealAll(docs);
        if (hashChain) {
            CaseChain.chain(docs, events, heads);
        }
        events.insertMany(docs, new com.mongodb.client.model.InsertManyOptions().ordered(false));
        heads.stored(docs);
        durability.awaitDurable();
    }

    /** The events collection, for the hash chain's checks and its migration. */
    public MongoCollection<Document> eventsCollection() {
        return events;
    }

    /** A second event at an aggregate's sequence number. */
    static boolean isAggregateKeyConflict(Exception e) {
        if (e instanceof MongoWriteException w) {
            return w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY && namesEventIndex(w.getError().getMessage());
        }
        if (e instanceof MongoBulkWriteException b) {
            return b.getWriteErrors().stream().anyMatch(err -> err.getCode() == 11000 && namesEventIndex(err.getMessage()));
        }
        return false;
    }

    private static boolean namesEventIndex(String message) {
        return String.valueOf(message).contains(KEY_INDEX);
    }

    // ------------------------------------------------------------------ reading a case

    /** In windows sized to what the aggregate is likely to hold ({@link CaseLoadWindows}). */
    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        long known = Math.max(heads.seqOf(aggregateId), lastRead.seqOf(aggregateId));
        return CaseLoadWindows.from(firstSequenceNumber, known, batchSize(), (first, size) -> fetchDomainEvents(aggregateId, first, size));
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateId, long firstSequenceNumber, int batchSize) {
        List<String> keys = new ArrayList<>(batchSize);
        for (long seq = firstSequenceNumber; seq < firstSequenceNumber + batchSize; seq++) {
            keys.add(EventDocuments.key(aggregateId, seq));
        }
        List<Document> found = events.find(new Document(EventDocuments.KEY, new Document("$in", keys))).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(d -> ((Number) d.get("seq")).longValue()));
        List<Document> gapless = new ArrayList<>(found.size());
        for (Document doc : found) {
            if (((Number) doc.get("seq")).longValue() != firstSequenceNumber + gapless.size()) {
                break; // stop at a hole: never hand out a stream with a sequence gap
            }
            gapless.add(doc);
        }
        List<DomainEventData<JsonNode>> result = new ArrayList<>(gapless.size());
        protection.openAll(gapless).forEach(doc -> result.add(EventDocuments.toEventData(doc)));
        if (!gapless.isEmpty()) {
            lastRead.read(aggregateId, firstSequenceNumber + gapless.size() - 1, gapless.get(gapless.size() - 1).getString(CaseChain.HASH));
        }
        return result;
    }

    /** See {@link StreamLookups#lastSequenceNumberFor}. */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
        return lookups.lastSequenceNumberFor(aggregateId);
    }

    @Override
    public boolean hasEvent(String aggregateId, long seq) {
        return lookups.hasEvent(aggregateId, seq);
    }

    @Override
    public Optional<DomainEventMessage<?>> firstEvent(String aggregateId) {
        return lookups.firstEvent(aggregateId);
    }

    @Override
    public Optional<StoredField> firstEventField(String aggregateId, String... path) {
        return lookups.firstEventField(aggregateId, path);
    }

    @Override
    public List<DomainEventMessage<?>> eventsFrom(String aggregateId, long first) {
        return readEvents(aggregateId, first).asStream().<DomainEventMessage<?>>map(m -> m).toList();
    }

    // ------------------------------------------------------------------ snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        withoutSnapshot.remove(snapshot.getAggregateIdentifier()); // there is one now: this one or a newer one
        Document current = snapshots.find(new Document("_id", snapshot.getAggregateIdentifier())).projection(new Document("seq", 1)).first();
        if (current != null && ((Number) current.get("seq")).longValue() >= snapshot.getSequenceNumber()) {
            return; // a newer snapshot is already there
        }
        Document doc = EventDocuments.toDocument(0, snapshot, serializer);
        doc.put("_id", snapshot.getAggregateIdentifier());
        doc.remove(EventDocuments.KEY);
        snapshots.replaceOne(new Document("_id", snapshot.getAggregateIdentifier()), doc, new ReplaceOptions().upsert(true));
    }

    /**
     * An aggregate this engine found without a snapshot is not looked up again until this engine stores one: a snapshot
     * stored meanwhile by another process is only a shortcut, and its events give the same state.
     */
    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        if (withoutSnapshot.contains(aggregateId)) {
            return Stream.empty();
        }
        Document doc = snapshots.find(new Document("_id", aggregateId)).first();
        if (doc == null) {
            withoutSnapshot.add(aggregateId);
            return Stream.empty();
        }
        return Stream.of(EventDocuments.toEventData(doc));
    }

    // ------------------------------------------------------------------ tracking

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = lastToken == null ? createTailToken() : cast(lastToken);
        List<Long> ids = new ArrayList<>(token.getGaps());
        ids.addAll(GlobalOrder.range(token.getIndex() + 1, token.getIndex() + batchSize));
        List<Document> found = globalOrder.find(ids);
        if (found.stream().noneMatch(d -> EventDocuments.globalIndex(d) > token.getIndex())) {
            // a whole window may be unused (failed commits): look further while indexes were handed out beyond it
            long allocated = globalOrder.highestAllocated();
            for (long from = token.getIndex() + batchSize + 1; from <= allocated; from += batchSize) {
                List<Document> further = globalOrder.find(GlobalOrder.range(from, from + batchSize - 1));
                if (!further.isEmpty()) {
                    found.addAll(further);
                    break;
                }
            }
        }
        found.sort(Comparator.comparingLong(EventDocuments::globalIndex));

        GapAwareTrackingToken current = gaps.withoutStale(token, found);
        List<TrackedEventData<?>> result = new ArrayList<>(found.size());
        List<Document> opened = protection.openAll(found);
        for (int i = 0; i < found.size(); i++) {
            Document doc = found.get(i);
            current = gaps.advance(current, EventDocuments.globalIndex(doc), EventDocuments.timestamp(doc));
            result.add(EventDocuments.toTrackedEventData(current, opened.get(i)));
        }
        gaps.openNow(current.getGaps());
        return result;
    }

    private static GapAwareTrackingToken cast(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gap) {
            return gap;
        }
        throw new IllegalArgumentException("this event store tracks with GapAwareTrackingToken, got " + token);
    }

    @Override
    public GapAwareTrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(0, List.of());
    }

    /** See {@link GlobalOrder#head()}. */
    @Override
    public GapAwareTrackingToken createHeadToken() {
        return globalOrder.head();
    }

    /** See {@link GlobalOrder#at(Instant)}. */
    @Override
    public GapAwareTrackingToken createTokenAt(Instant instant) {
        return globalOrder.at(instant);
    }

    /** Configures the engine; defaults: batch 100, gap timeout 60 s. Collections: events, snapshots, counters. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoClient client;
        private MongoDatabase database;
        private AppendDurability durability = AppendDurability.WRITE_CONCERN;
        private boolean transactionsForMultiEventCommits;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private PayloadProtection protection = PayloadProtection.NONE;
        private boolean hashChain = true;
        private boolean resolverGiven;

        public Builder mongo(MongoClient client, MongoDatabase database) {
            this.client = Objects.requireNonNull(client);
            this.database = Objects.requireNonNull(database);
            return this;
        }

        public Builder durability(AppendDurability durability) {
            this.durability = Objects.requireNonNull(durability);
            return this;
        }

        /** Use a MongoDB transaction for commits of more than one event (needs a replica set). */
        public Builder transactionsForMultiEventCommits(boolean enabled) {
            this.transactionsForMultiEventCommits = enabled;
            return this;
        }

        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = Objects.requireNonNull(gapTimeout);
            return this;
        }

        /**
         * Whether each commit is chained (on by default, and always in the service); off only for the benchmark's
         * baseline that measures what the chain costs.
         */
        public Builder hashChain(boolean on) {
            this.hashChain = on;
            return this;
        }

        /** Seals parts of payloads before they are stored and opens them when read (none by default). */
        public Builder protection(PayloadProtection protection) {
            this.protection = Objects.requireNonNull(protection);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder snapshotFilter(org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            resolverGiven = true;
            return this;
        }

        /** A duplicate key of an aggregate's event is a concurrency conflict, unless the caller decides otherwise. */
        private Builder withDefaultExceptionResolver() {
            return resolverGiven ? this : persistenceExceptionResolver(KeyedEventStorageEngine::isAggregateKeyConflict);
        }

        public KeyedEventStorageEngine build() {
            if (client == null) {
                throw new org.axonframework.common.AxonConfigurationException("a MongoClient and database are required");
            }
            return new KeyedEventStorageEngine(this);
        }
    }
}
