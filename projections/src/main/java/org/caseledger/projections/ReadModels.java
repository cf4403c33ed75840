package org.caseledger.projections;

import org.caseledger.projections.caselist.CaseListDocuments;
import org.caseledger.projections.dashboard.DashboardDocuments;
import org.caseledger.projections.deadlines.DeadlineBuckets;
import org.caseledger.projections.timeline.TimelineDocuments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the read models live. Each rebuild writes a new generation of collections ({@code timelines_g2},
 * {@code caselist_g2}, …); readers use the active one, named in {@code projection_meta}, so a half-built
 * generation is never read. Every hot read is a lookup by {@code _id}.
 */
public final class ReadModels {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(org.caseledger.projections.timeline.CaseTimeline.class, StoredTimeline.class);

    /** A timeline as stored: with the case's own ledger and liabilities it folds into, which readers are not shown. */
    abstract static class StoredTimeline {
        @com.fasterxml.jackson.annotation.JsonProperty
        @com.fasterxml.jackson.annotation.JsonIgnore(false)
        org.caseledger.core.money.Ledger ledgerState;
        @com.fasterxml.jackson.annotation.JsonProperty
        @com.fasterxml.jackson.annotation.JsonIgnore(false)
        org.caseledger.core.money.Liabilities liabilityState;
    }
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final String META = "projection_meta";

    /**
     * How long the active generation, once read, is taken as still active. Every read of a case, a list or a dashboard
     * asks for it; it changes only when a rebuild switches. A switch made here is seen at once; one made by another
     * node within this time (both generations are complete then: the earlier is kept until the next rebuild starts).
     */
    static final long ACTIVE_KEPT_MILLIS = 1_000;

    /** The active generation as read at {@code readAt} (System.nanoTime). */
    private record Active(int generation, long readAt) {
    }

    private final MongoDatabase db;
    private final java.util.function.LongSupplier nanoTime;
    private final java.util.concurrent.atomic.AtomicReference<Active> active = new java.util.concurrent.atomic.AtomicReference<>();

    public ReadModels(MongoDatabase db) {
        this(db, System::nanoTime);
    }

    ReadModels(MongoDatabase db, java.util.function.LongSupplier nanoTime) {
        this.db = db;
        this.nanoTime = nanoTime;
    }

    public MongoDatabase database() {
        return db;
    }

    /** The generation readers use (1 until the first rebuild switches), as stored now. */
    public int activeGeneration() {
        Document meta = db.getCollection(META).find(new Document("_id", "active")).first();
        return meta == null ? 1 : ((Number) meta.get("generation")).intValue();
    }

    public void activate(int generation) {
        db.getCollection(META).replaceOne(new Document("_id", "active"), new Document("_id", "active").append("generation", generation)
                .append("format", FORMAT), new ReplaceOptions().upsert(true));
        active.set(new Active(generation, nanoTime.getAsLong()));
    }

    /**
     * The layout of the read-model documents. 2: timelines as one JSON string, the case list and dashboard
     * cells in keyed parts; 3: timelines with each obligor's liability, payments and what it can still be made to pay; 4: each
     * entry as its event describes itself (mark, alert, summary as data, warnings), the money read from the case's own
     * ledger kept with the timeline; 5: the people's blind index, the employers' index, the claims by industry and the
     * contact log's time (a store of an earlier layout is rebuilt so its people and employers can be found); 6: each
     * case's recovery by the month its money came in, for the dashboard's chart by month paid; the cases' numbers per union
     * body and year (案号). A generation written in an older layout is rebuilt when the service starts.
     */
    public static final int FORMAT = 6;

    /** Whether this instance is the one to rebuild an older layout (the first to ask; the others follow the switch). */
    public boolean claimUpgrade() {
        try {
            db.getCollection(META).insertOne(new Document("_id", "upgrade-to-" + FORMAT));
            return true;
        } catch (com.mongodb.MongoWriteException e) {
            return false;
        }
    }

    /** Whether the active generation was written in an older layout (and holds anything). */
    public boolean activeIsOlderFormat() {
        Document meta = db.getCollection(META).find(new Document("_id", "active")).first();
        if (meta != null && FORMAT == ((Number) meta.getOrDefault("format", 1)).intValue()) {
            return false;
        }
        if (active().timelines().estimatedDocumentCount() == 0) {
            activate(activeGeneration()); // nothing projected yet: it will be written in this layout
            return false;
        }
        return true;
    }

    public Generation generation(int n) {
        return new Generation(db, n);
    }

    /** The generation readers use, read again when the last reading is {@value #ACTIVE_KEPT_MILLIS} ms old. */
    public Generation active() {
        Active seen = active.get();
        long now = nanoTime.getAsLong();
        if (seen != null && now - seen.readAt() < ACTIVE_KEPT_MILLIS * 1_000_000L) {
            return generation(seen.generation());
        }
        Active read = new Active(activeGeneration(), now);
        active.compareAndSet(seen, read); // a switch made here meanwhile is newer than what was just read: it stays
        return generation(read.generation());
    }

    /** The collections of one generation. */
    public record Generation(MongoDatabase db, int number) {
        public MongoCollection<Document> timelines() {
            return db.getCollection("timelines_g" + number);
        }

        /** The case list: its rows in parts by union body (see {@code CaseListQuery}). */
        public MongoCollection<Document> caseList() {
            return db.getCollection("caselist_g" + number);
        }

        public MongoCollection<Document> dashboard() {
            return db.getCollection("dashboard_g" + number);
        }

        public MongoCollection<Document> deadlines() {
            return db.getCollection("deadlines_g" + number);
        }

        /** The work orders: each order's state, the bodies' inboxes, the hotline dashboard's cells. */
        public org.caseledger.projections.workorders.WorkOrderDocuments workOrderDocuments() {
            return new org.caseledger.projections.workorders.WorkOrderDocuments(db.getCollection("workorders_g" + number),
                    db.getCollection("wo_inbox_g" + number), db.getCollection("wo_dashboard_g" + number), db.getCollection("wo_due_g" + number));
        }

        /** 查找当事人: the people's blind index. */
        public org.caseledger.projections.people.PeopleIndex peopleIndex() {
            return new org.caseledger.projections.people.PeopleIndex(db.getCollection("people_g" + number));
        }

        /** 联系记录's time: one document per contact (officer, body, year, minutes). */
        public MongoCollection<Document> contactTime() {
            return db.getCollection("contact_time_g" + number);
        }

        public org.caseledger.projections.people.ContactTime contactTimeQuery() {
            return new org.caseledger.projections.people.ContactTime(contactTime());
        }

        /** 欠薪高发领域: the wage claims filed each month by industry. */
        public org.caseledger.projections.people.ArrearsByIndustry arrearsByIndustry() {
            return new org.caseledger.projections.people.ArrearsByIndustry(db.getCollection("arrears_g" + number));
        }

        /** 用人单位: the employers and what names them. */
        public org.caseledger.projections.people.EmployerIndex employerIndex() {
            return new org.caseledger.projections.people.EmployerIndex(db.getCollection("employers_g" + number));
        }

        /** 案号: the cases' numbers per union body and year. */
        public org.caseledger.projections.numbers.CaseNumbers caseNumbers() {
            return new org.caseledger.projections.numbers.CaseNumbers(caseNumberDocuments());
        }

        public MongoCollection<Document> caseNumberDocuments() {
            return db.getCollection("case_numbers_g" + number);
        }

        public TimelineDocuments timelineDocuments() {
            return new TimelineDocuments(timelines());
        }

        /** The read models derived from the timelines, in the order a batch writes them (before the timelines). */
        public List<CaseReadModel> derived() {
            return List.of(new DeadlineBuckets(deadlines()), new CaseListDocuments(caseList()), new DashboardDocuments(dashboard()),
                    caseNumbers());
        }

        /** Drops the generation's collections that exist (dropping a missing one is an error on the server's side). */
        public void drop() {
            java.util.Set<String> existing = db.listCollectionNames().into(new java.util.HashSet<>());
            for (MongoCollection<Document> c : List.of(timelines(), caseList(), dashboard(), deadlines(),
                    db.getCollection("workorders_g" + number), db.getCollection("wo_inbox_g" + number), db.getCollection("wo_dashboard_g" + number),
                    db.getCollection("wo_due_g" + number), db.getCollection("people_g" + number), db.getCollection("employers_g" + number),
                    db.getCollection("contact_time_g" + number), db.getCollection("arrears_g" + number),
                    db.getCollection("case_numbers_g" + number))) {
                if (existing.contains(c.getNamespace().getCollectionName())) {
                    c.drop();
                }
            }
        }
    }

    /**
     * The documents with these ids, by {@code _id $in} in chunks: the embedded server checks each document it
     * finds against the whole list, so one list of thousands of ids costs their square.
     */
    public static List<Document> findByIds(MongoCollection<Document> collection, List<String> ids) {
        return findByIds(collection, ids, null);
    }

    /** As {@link #findByIds(MongoCollection, List)}, each document with only the fields of {@code projection} (null: all). */
    public static List<Document> findByIds(MongoCollection<Document> collection, List<String> ids, Document projection) {
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_LOOKUP) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_LOOKUP));
            collection.find(new Document("_id", new Document("$in", chunk))).projection(projection).into(found);
        }
        return found;
    }

    private static final int IDS_PER_LOOKUP = 100;

    // ---- JSON <-> BSON

    public static Document toDocument(Object value) {
        try {
            return Document.parse(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T fromDocument(Document doc, Class<T> type) {
        try {
            Document copy = new Document(doc);
            copy.remove("_id");
            return JSON.readValue(copy.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
        }
    }

    /** A stored number, 0 when the field is absent (a row or contribution written before the field existed). */
    public static Number number(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n;
    }

    /** Which of {@code parts} documents of a read model holds a case (the same case, the same part, on every node). */
    public static int partOf(String caseId, int parts) {
        return Math.floorMod(caseId.hashCode(), parts);
    }

    /** A map key that MongoDB accepts for any id: '.' and a leading '$' are not allowed in field names. */
    public static String fieldKey(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
