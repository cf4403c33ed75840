package org.caseledger.api.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.caseledger.eventstore.CaseChain;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.caseledger.projections.ReadModels;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks of the hash chain: one case on demand, the whole store in the background with progress
 * ({@code caseledger_integrity_*} metrics). A case's last sequence number as the read models saw it is passed in, so
 * events removed from the end of a case are caught too.
 */
@Service
public class StoreIntegrity {

    /** Where a whole-store check stands. */
    public record Progress(boolean running, Instant startedAt, Instant finishedAt, long casesChecked, long eventsChecked,
                           List<CaseChain.Verification> broken) {
    }

    private final KeyedEventStorageEngine engine;
    private final ReadModels readModels;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong cases = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final List<CaseChain.Verification> broken = new CopyOnWriteArrayList<>();
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    public StoreIntegrity(KeyedEventStorageEngine engine, ReadModels readModels, MeterRegistry meters) {
        this.engine = engine;
        this.readModels = readModels;
        Gauge.builder("caseledger.integrity.cases.broken", broken::size).description("cases whose hash chain the last check found broken")
                .register(meters);
        Gauge.builder("caseledger.integrity.events.checked", events::get).description("events checked by the last store check")
                .register(meters);
        Gauge.builder("caseledger.integrity.check.running", () -> running.get() ? 1 : 0).register(meters);
    }

    public CaseChain.Verification verifyCase(String caseId) {
        return CaseChain.verify(engine.eventsCollection(), caseId, lastSeqSeen(caseId));
    }

    /** The case's events as stored and hashed, for its export to auditors. */
    public List<CaseExport.Event> exportedEvents(String caseId) {
        return CaseChain.events(engine.eventsCollection(), caseId).stream().map(CaseExport.Event::of).toList();
    }

    /** When and where each of a case's events was stored: its sequence number, global index and timestamp. */
    public record StoredEvent(long seq, long globalIndex, java.time.Instant timestamp) {
    }

    /** The case's stored events in order, as {@link StoredEvent}s. */
    public List<StoredEvent> storedEvents(String caseId) {
        return CaseChain.events(engine.eventsCollection(), caseId).stream().map(d -> new StoredEvent(((Number) d.get("seq")).longValue(),
                ((Number) d.get("_id")).longValue(), d.getDate("timestamp").toInstant())).toList();
    }

    public java.util.Optional<String> storedHashAt(String caseId, long seq) {
        return CaseChain.hashAt(engine.eventsCollection(), caseId, seq);
    }

    /** Whether the store or the read models know the case at all. */
    public boolean knows(String caseId) {
        return lastSeqSeen(caseId) != null
                || engine.eventsCollection().find(Filters.eq(org.caseledger.eventstore.EventDocuments.KEY,
                org.caseledger.eventstore.EventDocuments.key(caseId, 0))).first() != null;
    }

    /** The last sequence number the read models applied for the case, if they have it. */
    private Long lastSeqSeen(String caseId) {
        Document t = readModels.active().timelines().find(Filters.eq("_id", caseId)).projection(Projections.include("lastSeq")).first();
        return t == null || t.get("lastSeq") == null ? null : ((Number) t.get("lastSeq")).longValue();
    }

    /** Starts a check of every case in the background; false when one is running. */
    public boolean startStoreCheck() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        broken.clear();
        cases.set(0);
        events.set(0);
        startedAt = Instant.now();
        finishedAt = null;
        Thread worker = new Thread(() -> {
            try {
                for (String caseId : caseIds()) {
                    CaseChain.Verification v = verifyCase(caseId);
                    cases.incrementAndGet();
                    events.addAndGet(v.events());
                    if (!v.valid()) {
                        broken.add(v);
                    }
                }
            } finally {
                finishedAt = Instant.now();
                running.set(false);
            }
        }, "integrity-check");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    public Progress progress() {
        return new Progress(running.get(), startedAt, finishedAt, cases.get(), events.get(), List.copyOf(broken));
    }

    /** Every case with stored events, and every case the read models know (one whose events were all removed too). */
    private List<String> caseIds() {
        MongoCollection<Document> stored = engine.eventsCollection();
        List<String> ids = new ArrayList<>();
        stored.distinct("aggregateId", Filters.ne("aggregateType", null), String.class).forEach(ids::add);
        for (Document t : readModels.active().timelines().find().projection(Projections.include("_id"))) {
            String id = String.valueOf(t.get("_id"));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
