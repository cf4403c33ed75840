package org.caseledger.projections.caselist;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The officers' case list: filter by stage, officer, union body, obligor, channel, overdue; sorted by the next
 * deadline (cases without one last); paged. On a real MongoDB every filter has an index (see
 * {@link #createIndexes}); the embedded server ignores non-unique indexes and scans the rows (see bench).
 */
public final class CaseListQuery {

    /** The filters; null means "any". */
    public record Filter(String stage, String officerId, String unionBody, String obligor, String channel, Boolean overdue) {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public record Page(List<CaseListEntry> items, long total, int page, int size) {
    }

    private final ReadModels readModels;

    public CaseListQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    public Page find(Filter f, LocalDate today, int page, int size) {
        List<Bson> and = new ArrayList<>();
        if (f.stage() != null) {
            and.add(new Document("stage", f.stage()));
        }
        if (f.officerId() != null) {
            and.add(new Document("officerId", f.officerId()));
        }
        if (f.unionBody() != null) {
            and.add(new Document("unionBody", f.unionBody()));
        }
        if (f.obligor() != null) {
            and.add(new Document("$or", List.of(new Document("obligorIds", f.obligor()), new Document("obligorNames", f.obligor()))));
        }
        if (f.channel() != null) {
            and.add(new Document("channel", f.channel()));
        }
        if (f.overdue() != null) {
            Document before = new Document("nextDeadlineDue", new Document("$lt", today.toString()));
            and.add(f.overdue() ? before : new Document("$nor", List.of(before)));
        }
        Document filter = and.isEmpty() ? new Document() : and.size() == 1 ? (Document) and.get(0) : new Document("$and", and);
        var cases = readModels.active().cases();
        long total = cases.countDocuments(filter);
        // sorted in memory by next deadline: the list is filtered first, and the embedded server sorts by scanning anyway
        List<Document> rows = cases.find(filter).into(new ArrayList<>());
        rows.sort((a, b) -> {
            String da = a.getString("nextDeadlineDue");
            String db = b.getString("nextDeadlineDue");
            if (da == null || db == null) {
                return da == null ? (db == null ? a.getString("_id").compareTo(b.getString("_id")) : 1) : -1;
            }
            int byDue = da.compareTo(db);
            return byDue != 0 ? byDue : a.getString("_id").compareTo(b.getString("_id"));
        });
        int from = Math.min(rows.size(), page * size);
        List<CaseListEntry> items = rows.subList(from, Math.min(rows.size(), from + size)).stream()
                .map(d -> ReadModels.fromDocument(d, CaseListEntry.class)).toList();
        return new Page(items, total, page, size);
    }

    /** Indexes for every filter and the sort, for a real MongoDB (the embedded server accepts and ignores them). */
    public static void createIndexes(ReadModels.Generation generation) {
        var cases = generation.cases();
        for (String field : List.of("stage", "officerId", "unionBody", "obligorIds", "obligorNames", "channel", "nextDeadlineDue")) {
            cases.createIndex(new Document(field, 1));
        }
    }
}
