package org.caseledger.projections.numbers;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.caseledger.projections.CaseReadModel;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 案号: a case's number as people say it, sequential per union body and year of filing — 大武口-2026-0007 — beside
 * the stored id, which never changes. A case is numbered when the projection first sees it, in the order of the
 * store's global sequence, so a rebuild numbers every case the same. One document per body and year holds the next
 * number and the numbers given (one write, all or nothing, so a batch delivered twice numbers nothing twice).
 */
public final class CaseNumbers implements CaseReadModel {

    /** One numbering at a time per collection in this process: two segments' batches may number cases of one body at once. */
    private static final Map<String, Object> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    private final MongoCollection<Document> numbers;

    public CaseNumbers(MongoCollection<Document> numbers) {
        this.numbers = numbers;
    }

    @Override
    public Batch batch() {
        return new Batch() {
            /** The cases new to this read model in the batch, per body and year, in the order the batch met them. */
            private final Map<String, Set<String>> fresh = new LinkedHashMap<>();

            @Override
            public Object held(CaseTimeline stored) {
                return Boolean.TRUE; // a case already projected is already numbered
            }

            @Override
            public void change(String caseId, Object held, CaseTimeline after) {
                if (held != null || after.unionBody == null || after.filedOn == null) {
                    return;
                }
                fresh.computeIfAbsent(documentId(after.unionBody, after.filedOn), k -> new LinkedHashSet<>()).add(ReadModels.fieldKey(caseId));
            }

            /**
             * The counters of the bodies and years the batch met, and whichever of its cases are numbered already (a batch
             * delivered again), read in one lookup without the numbers given to other cases; then each body and year's
             * new numbers and counter set in one update of its document (all or nothing), the updates in one bulk write.
             * One batch of this node at a time, so that two segments never give one number twice.
             */
            @Override
            public void write() {
                if (fresh.isEmpty()) {
                    return;
                }
                synchronized (LOCKS.computeIfAbsent(numbers.getNamespace().getFullName(), k -> new Object())) {
                    Document fields = new Document("next", 1);
                    fresh.values().forEach(keys -> keys.forEach(k -> fields.append("numbers." + k, 1)));
                    Map<String, Document> stored = new HashMap<>();
                    for (Document d : ReadModels.findByIds(numbers, List.copyOf(fresh.keySet()), fields)) {
                        stored.put(d.getString("_id"), d);
                    }
                    List<WriteModel<Document>> writes = new ArrayList<>();
                    fresh.forEach((id, keys) -> {
                        Document doc = stored.get(id);
                        Document given = doc == null ? null : doc.get("numbers", Document.class);
                        int next = doc == null ? 1 : ((Number) doc.get("next")).intValue();
                        Document set = new Document();
                        for (String key : keys) {
                            if (given == null || !given.containsKey(key)) {
                                set.append("numbers." + key, next++);
                            }
                        }
                        if (!set.isEmpty()) {
                            writes.add(new UpdateOneModel<>(new Document("_id", id), new Document("$set", set.append("next", next)),
                                    new UpdateOptions().upsert(true)));
                        }
                    });
                    if (!writes.isEmpty()) {
                        numbers.bulkWrite(writes);
                    }
                }
            }
        };
    }

    /** The case's number, once the projection has seen its filing. */
    public Optional<String> numberOf(String unionBody, LocalDate filedOn, String caseId) {
        if (unionBody == null || filedOn == null) {
            return Optional.empty();
        }
        String field = "numbers." + ReadModels.fieldKey(caseId);
        Document doc = numbers.find(new Document("_id", documentId(unionBody, filedOn))).projection(new Document(field, 1)).first();
        Document given = doc == null ? null : doc.get("numbers", Document.class);
        Object n = given == null ? null : given.get(ReadModels.fieldKey(caseId));
        return n == null ? Optional.empty() : Optional.of(format(unionBody, filedOn.getYear(), ((Number) n).intValue()));
    }

    static String documentId(String unionBody, LocalDate filedOn) {
        return unionBody + "|" + filedOn.getYear();
    }

    /** 大武口区总工会, 2026, 7 → 大武口-2026-0007. */
    public static String format(String unionBody, int year, int n) {
        return shortName(unionBody) + "-" + year + "-" + String.format("%04d", n);
    }

    /** The place a union body is named after: 大武口区总工会 → 大武口, 甘肃省总工会 → 甘肃 (a name of another shape, as it is). */
    public static String shortName(String unionBody) {
        String name = unionBody.endsWith("总工会") ? unionBody.substring(0, unionBody.length() - 3) : unionBody;
        for (String level : new String[]{"自治区", "自治州", "自治县", "区", "县", "市", "省", "州", "旗"}) {
            if (name.endsWith(level) && name.length() - level.length() >= 2) {
                return name.substring(0, name.length() - level.length());
            }
        }
        return name.isEmpty() ? unionBody : name;
    }
}
