package org.caseledger.projections.caselist;

import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The officers' case list: filter by stage, officer, union body, obligor, channel, overdue; sorted by the next
 * deadline (cases without one last); paged. Served by key lookups only: the rows are kept in
 * {@value #PARTS_PER_UNION_BODY} documents per union body ({@code <union body>#<part>}, a case in one part by its
 * id), read by {@code _id $in}, filtered and sorted here. A single case's row is derived from its timeline.
 */
public final class CaseListQuery {

    /** Documents per union body: a changed case rewrites one of them, a list reads all of them. */
    public static final int PARTS_PER_UNION_BODY = 256;
    /** The document listing the union bodies that have cases. */
    public static final String UNION_BODIES = "unionBodies";

    /** The filters; null means "any". {@code withinUnionBodies}: only these bodies' cases (a caller's reach). */
    public record Filter(String stage, String officerId, String unionBody, String obligor, String channel, Boolean overdue,
                         Set<String> withinUnionBodies) {
        public Filter(String stage, String officerId, String unionBody, String obligor, String channel, Boolean overdue) {
            this(stage, officerId, unionBody, obligor, channel, overdue, null);
        }

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

    /** The part of the index that holds a case's filter fields. */
    public static String partId(String unionBody, String caseId) {
        return unionBody + "#" + ReadModels.partOf(caseId, PARTS_PER_UNION_BODY);
    }

    public Page find(Filter f, LocalDate today, int page, int size) {
        ReadModels.Generation generation = readModels.active();
        List<String> bodies;
        if (f.unionBody() != null) {
            bodies = List.of(f.unionBody());
        } else {
            Document index = generation.caseList().find(new Document("_id", UNION_BODIES)).first();
            bodies = index == null ? List.of() : index.getList("ids", String.class);
        }
        if (f.withinUnionBodies() != null) {
            bodies = bodies.stream().filter(f.withinUnionBodies()::contains).toList();
        }
        List<String> parts = bodies.stream()
                .flatMap(b -> IntStream.range(0, PARTS_PER_UNION_BODY).mapToObj(i -> b + "#" + i)).toList();
        List<Document> matching = new ArrayList<>();
        if (!parts.isEmpty()) {
            for (Document part : ReadModels.findByIds(generation.caseList(), parts)) {
                Document rows = part.get("rows", Document.class);
                if (rows != null) {
                    rows.values().stream().map(Document.class::cast).filter(r -> matches(r, f, today)).forEach(matching::add);
                }
            }
        }
        matching.sort(Comparator.comparing((Document r) -> r.getString("nextDeadlineDue"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.getString("caseId")));
        int from = (int) Math.min(matching.size(), (long) page * size); // a page far past the end is empty, not an overflow
        List<CaseListEntry> items = matching.subList(from, Math.min(matching.size(), from + size)).stream()
                .map(r -> ReadModels.fromDocument(r, CaseListEntry.class)).toList();
        return new Page(items, matching.size(), page, size);
    }

    private static boolean matches(Document r, Filter f, LocalDate today) {
        if (f.stage() != null && !f.stage().equals(r.getString("stage"))) {
            return false;
        }
        if (f.officerId() != null && !f.officerId().equals(r.getString("officerId"))) {
            return false;
        }
        if (f.channel() != null && !f.channel().equals(r.getString("channel"))) {
            return false;
        }
        if (f.obligor() != null && !r.getList("obligorIds", String.class, List.of()).contains(f.obligor())
                && !r.getList("obligorNames", String.class, List.of()).contains(f.obligor())) {
            return false;
        }
        if (f.overdue() != null) {
            String due = r.getString("nextDeadlineDue");
            boolean overdue = due != null && due.compareTo(today.toString()) < 0;
            return overdue == f.overdue();
        }
        return true;
    }
}
