package org.caseledger.projections.deadlines;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.caseledger.projections.CaseReadModel;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.DeadlineView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Open deadlines bucketed by due day: one document per day ({@code _id} = "2025-04-30") whose fields are the
 * open deadlines due that day, plus an index document listing the days. "What falls due on day D" and
 * "what is overdue" are key lookups, not scans.
 */
public final class DeadlineBuckets implements CaseReadModel {

    private static final String INDEX = "days";

    /** An open deadline as the sweeper sees it. */
    public record Due(String caseId, String key, String kind, String subject, LocalDate dueOn) {
    }

    private final MongoCollection<Document> buckets;

    public DeadlineBuckets(MongoCollection<Document> buckets) {
        this.buckets = buckets;
    }

    /**
     * The bucket writes of one projection batch: deadlines opened and closed, merged into one update per day
     * (each deadline appears once: the batch compares the open deadlines before and after it).
     */
    public static final class Changes {
        private final Map<String, Document> setByDay = new TreeMap<>();
        private final Map<String, Document> unsetByDay = new TreeMap<>();

        public void open(String caseId, DeadlineView d) {
            String day = d.dueOn.toString();
            setByDay.computeIfAbsent(day, k -> new Document()).append("open." + field(caseId, d.key),
                    new Document("caseId", caseId).append("key", d.key).append("kind", d.kind).append("subject", d.subject)
                            .append("dueOn", day));
        }

        public void close(String caseId, DeadlineView d) {
            unsetByDay.computeIfAbsent(d.dueOn.toString(), k -> new Document()).append("open." + field(caseId, d.key), "");
        }

        public boolean isEmpty() {
            return setByDay.isEmpty() && unsetByDay.isEmpty();
        }

        /** The writes: the index of days first, then one update per day. */
        public List<WriteModel<Document>> writes() {
            List<WriteModel<Document>> writes = new ArrayList<>();
            if (!setByDay.isEmpty()) {
                writes.add(new UpdateOneModel<>(new Document("_id", INDEX), new Document("$addToSet",
                        new Document("days", new Document("$each", new ArrayList<>(setByDay.keySet())))), new UpdateOptions().upsert(true)));
            }
            Set<String> days = new TreeSet<>(setByDay.keySet());
            days.addAll(unsetByDay.keySet());
            for (String day : days) {
                Document update = new Document();
                if (setByDay.containsKey(day)) {
                    update.append("$set", setByDay.get(day));
                }
                if (unsetByDay.containsKey(day)) {
                    update.append("$unset", unsetByDay.get(day));
                }
                writes.add(new UpdateOneModel<>(new Document("_id", day), update, new UpdateOptions().upsert(setByDay.containsKey(day))));
            }
            return writes;
        }
    }

    public void write(Changes changes) {
        if (!changes.isEmpty()) {
            buckets.bulkWrite(changes.writes());
        }
    }

    /** A case's deadlines move between day documents as the batch opens and closes them. */
    @Override
    public Batch batch() {
        return new Batch() {
            private final Changes changes = new Changes();

            @Override
            public Object held(CaseTimeline stored) {
                return List.copyOf(stored.openDeadlines);
            }

            @Override
            @SuppressWarnings("unchecked")
            public void change(String caseId, Object held, CaseTimeline after) {
                List<DeadlineView> before = held == null ? List.of() : (List<DeadlineView>) held;
                Set<String> openBefore = keys(before);
                Set<String> openAfter = keys(after.openDeadlines);
                before.stream().filter(d -> !openAfter.contains(d.key + "@" + d.dueOn)).forEach(d -> changes.close(caseId, d));
                after.openDeadlines.stream().filter(d -> !openBefore.contains(d.key + "@" + d.dueOn)).forEach(d -> changes.open(caseId, d));
            }

            @Override
            public void write() {
                DeadlineBuckets.this.write(changes);
            }
        };
    }

    private static Set<String> keys(List<DeadlineView> deadlines) {
        return deadlines.stream().map(d -> d.key + "@" + d.dueOn).collect(Collectors.toSet());
    }

    /** Open deadlines due on or before {@code lastDay}, oldest first. */
    public List<Due> dueOnOrBefore(LocalDate lastDay) {
        Document index = buckets.find(new Document("_id", INDEX)).first();
        List<Due> due = new ArrayList<>();
        if (index == null) {
            return due;
        }
        List<String> days = new ArrayList<>(new TreeSet<>(index.getList("days", String.class)));
        List<String> wanted = days.stream().filter(d -> !LocalDate.parse(d).isAfter(lastDay)).toList();
        if (wanted.isEmpty()) {
            return due;
        }
        for (Document bucket : ReadModels.findByIds(buckets, wanted)) {
            Document open = bucket.get("open", Document.class);
            if (open == null) {
                continue;
            }
            for (Object value : open.values()) {
                Document d = (Document) value;
                due.add(new Due(d.getString("caseId"), d.getString("key"), d.getString("kind"), d.getString("subject"),
                        LocalDate.parse(d.getString("dueOn"))));
            }
        }
        due.sort(java.util.Comparator.comparing(Due::dueOn).thenComparing(Due::caseId).thenComparing(Due::key));
        return due;
    }

    private static String field(String caseId, String key) {
        return ReadModels.fieldKey(caseId + "|" + key);
    }
}
