package org.caseledger.projections.numbers;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.caseledger.projections.CaseReadModel;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
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

    private final MongoCollection<Document> numbers;

    public CaseNumbers(MongoCollection<Document> numbers) {
        this.numbers = numbers;
    }

    @Override
    public Batch batch() {
        return new Batch() {
            private final Map<String, Document> docs = new HashMap<>();
            private final Set<String> changed = new LinkedHashSet<>();

            @Override
            public Object held(CaseTimeline stored) {
                return Boolean.TRUE; // a case already projected is already numbered
            }

            @Override
            public void change(String caseId, Object held, CaseTimeline after) {
                if (held != null || after.unionBody == null || after.filedOn == null) {
                    return;
                }
                String id = documentId(after.unionBody, after.filedOn);
                Document doc = docs.computeIfAbsent(id, k -> Optional.ofNullable(numbers.find(new Document("_id", k)).first())
                        .orElseGet(() -> new Document("_id", k).append("next", 1).append("numbers", new Document())));
                Document given = doc.get("numbers", Document.class);
                String key = ReadModels.fieldKey(caseId);
                if (!given.containsKey(key)) {
                    int next = ((Number) doc.get("next")).intValue();
                    given.put(key, next);
                    doc.put("next", next + 1);
                    changed.add(id);
                }
            }

            @Override
            public void write() {
                changed.forEach(id -> numbers.replaceOne(new Document("_id", id), docs.get(id), new ReplaceOptions().upsert(true)));
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
