package org.caseledger.projections.caselist;

import org.bson.Document;
import org.caseledger.projections.CachedParts;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The officers' case list: filter by stage, officer, union body, obligor, channel, overdue; sorted by the next
 * deadline (cases without one last); paged. Served by key lookups only: the rows are kept in
 * {@value #PARTS_PER_UNION_BODY} documents per union body ({@code <union body>#<part>}, a case in one part by its
 * id), read by {@code _id $in} when their revision moved and kept decoded otherwise ({@link CachedParts}), filtered
 * and ordered here. A single case's row is derived from its timeline.
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

    /** A row as kept between queries: the entry, and its next deadline as the text the order and the filter compare. */
    private record Row(CaseListEntry entry, String nextDeadlineDue) {
        static Row of(Document stored) {
            return new Row(CaseListEntry.fromDocument(stored), stored.getString("nextDeadlineDue"));
        }

        String caseId() {
            return entry.caseId;
        }
    }

    /** By the next deadline (cases without one last), then by case id: the list's order, total over every row. */
    private static final Comparator<Row> ORDER = Comparator.comparing(Row::nextDeadlineDue, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Row::caseId, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Rows kept decoded between queries (a few hundred bytes each). */
    private static final long ROWS_KEPT = 200_000;

    private final CachedParts<List<Row>> parts = new CachedParts<>(ROWS_KEPT, List::size, part -> {
        Document rows = part.get("rows", Document.class);
        return rows == null ? List.of() : rows.values().stream().map(v -> Row.of((Document) v)).toList();
    });

    /**
     * The revisions documents tell which parts changed since they were last read; the rest come from memory. The
     * page is chosen with a bounded heap (the rows before and on it), so a first page of 100k cases is not a full sort.
     */
    public Page find(Filter f, LocalDate today, int page, int size) {
        ReadModels.Generation generation = readModels.active();
        Document index = generation.caseList().find(new Document("_id", UNION_BODIES)).first();
        List<String> bodies;
        if (f.unionBody() != null) {
            bodies = List.of(f.unionBody());
        } else {
            bodies = index == null ? List.of() : index.getList("ids", String.class);
        }
        if (f.withinUnionBodies() != null) {
            bodies = bodies.stream().filter(f.withinUnionBodies()::contains).toList();
        }
        List<String> wanted = bodies.stream()
                .flatMap(b -> IntStream.range(0, PARTS_PER_UNION_BODY).mapToObj(i -> b + "#" + i)).toList();
        long end = Math.min(Integer.MAX_VALUE, (long) page * size + size); // a page far past the end is empty, not an overflow
        String todayText = today.toString();
        PriorityQueue<Row> upToPage = new PriorityQueue<>(ORDER.reversed());
        int total = 0;
        if (!wanted.isEmpty()) {
            for (List<Row> rows : parts.read(generation.caseList(), wanted).values()) {
                for (Row r : rows) {
                    if (!matches(r, f, todayText)) {
                        continue;
                    }
                    total++;
                    if (upToPage.size() < end) {
                        upToPage.add(r);
                    } else if (ORDER.compare(r, upToPage.peek()) < 0) {
                        upToPage.poll();
                        upToPage.add(r);
                    }
                }
            }
        }
        List<Row> first = new ArrayList<>(upToPage);
        first.sort(ORDER);
        int from = (int) Math.min(first.size(), (long) page * size);
        List<CaseListEntry> items = first.subList(from, first.size()).stream()
                .map(Row::entry).toList();
        return new Page(items, total, page, size);
    }

    private static boolean matches(Row row, Filter f, String today) {
        CaseListEntry r = row.entry();
        if (f.stage() != null && !f.stage().equals(r.stage)) {
            return false;
        }
        if (f.officerId() != null && !f.officerId().equals(r.officerId)) {
            return false;
        }
        if (f.channel() != null && !f.channel().equals(r.channel)) {
            return false;
        }
        if (f.obligor() != null && !r.obligorIds.contains(f.obligor()) && !r.obligorNames.contains(f.obligor())) {
            return false;
        }
        if (f.overdue() != null) {
            String due = row.nextDeadlineDue();
            boolean overdue = due != null && due.compareTo(today) < 0;
            return overdue == f.overdue();
        }
        return true;
    }
}
