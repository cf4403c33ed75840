package org.caseledger.projections.dashboard;

import org.bson.Document;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.caseledger.projections.CachedParts;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dashboard figures for any union body, region and range of months: the cell ids come from one index document, the parts'
 * revisions from their union bodies' revisions documents, each part is tallied once ({@link Tally}) and kept until its revision moves
 * ({@link CachedParts}), and the figures are the sum of the wanted parts' tallies.
 */
public final class DashboardQuery {

    /** Tallied parts kept: a few thousand cells of 16 parts each fit many times over. */
    private static final long PARTS_KEPT = 200_000;

    private final ReadModels readModels;
    private final CachedParts<Tally> parts = new CachedParts<>(PARTS_KEPT, t -> 1, DashboardQuery::tally);

    public DashboardQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    private static Tally tally(Document part) {
        Tally tally = new Tally();
        Document cases = part.get("cases", Document.class);
        if (cases != null) {
            cases.values().forEach(v -> tally.add(Contribution.fromDocument((Document) v)));
        }
        return tally;
    }

    /** Null arguments mean "all". Months are "yyyy-MM", inclusive. */
    public DashboardFigures figures(String unionBody, String regionPrefix, String fromMonth, String toMonth, LocalDate today) {
        return figuresOf(unionBody == null ? null : Set.of(unionBody), regionPrefix, fromMonth, toMonth, today);
    }

    /** The figures of several union bodies together (a city union and its counties); null means all bodies. */
    public DashboardFigures figuresOf(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth, LocalDate today) {
        Tally all = new Tally();
        tallies(unionBodies, regionPrefix, fromMonth, toMonth).values().forEach(all::add);
        return DashboardFigures.of(all, today);
    }

    /** The figures month by month (of filing), for a chart: only the months that have cases. */
    public SortedMap<String, DashboardFigures> monthly(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth,
                                                       LocalDate today) {
        SortedMap<String, DashboardFigures> months = new TreeMap<>();
        tallies(unionBodies, regionPrefix, fromMonth, toMonth).forEach((month, t) -> months.put(month, DashboardFigures.of(t, today)));
        return months;
    }

    /**
     * Money recovered by the month it came in (not the month its case was filed), within the months asked: the cases of
     * any filing month up to the last month asked count.
     */
    public SortedMap<String, Long> recoveredByMonthPaid(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth) {
        SortedMap<String, Long> months = new TreeMap<>();
        tallies(unionBodies, regionPrefix, null, toMonth).values().forEach(t -> t.recoveredByMonth().forEach((m, fen) -> {
            if ((fromMonth == null || m.compareTo(fromMonth) >= 0) && (toMonth == null || m.compareTo(toMonth) <= 0)) {
                months.merge(m, fen, Math::addExact);
            }
        }));
        return months;
    }

    /** A body's month: claimed by the cases filed in it, recovered by the money that came in during it. */
    public record BodyMonth(int cases, long claimedFen, long recoveredFen) {
    }

    /**
     * Each body's months from {@code fromMonth} to {@code toMonth} (inclusive, every month listed, zeros included), for
     * the bodies with cases filed up to {@code toMonth}: one reading of their cells, summed by body and month.
     */
    public SortedMap<String, SortedMap<String, BodyMonth>> trendByBody(Set<String> unionBodies, String regionPrefix, String fromMonth,
                                                                      String toMonth) {
        Map<String, Map<String, Tally>> filedByBody = new TreeMap<>();
        tallies(unionBodies, regionPrefix, null, toMonth, true).forEach((bodyAndMonth, t) -> {
            int bar = bodyAndMonth.lastIndexOf('|');
            filedByBody.computeIfAbsent(bodyAndMonth.substring(0, bar), b -> new HashMap<>()).put(bodyAndMonth.substring(bar + 1), t);
        });
        java.time.YearMonth first = java.time.YearMonth.parse(fromMonth);
        java.time.YearMonth last = java.time.YearMonth.parse(toMonth);
        SortedMap<String, SortedMap<String, BodyMonth>> trend = new TreeMap<>();
        filedByBody.forEach((body, filed) -> {
            SortedMap<String, Long> paid = new TreeMap<>();
            filed.values().forEach(t -> t.recoveredByMonth().forEach((m, fen) -> paid.merge(m, fen, Math::addExact)));
            SortedMap<String, BodyMonth> months = new TreeMap<>();
            for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                Tally t = filed.get(m.toString());
                months.put(m.toString(), new BodyMonth(t == null ? 0 : t.cases, t == null ? 0 : t.claimedFen, paid.getOrDefault(m.toString(), 0L)));
            }
            trend.put(body, months);
        });
        return trend;
    }

    /** An answer kept with the revisions it was computed from. */
    private record Kept(String namespace, Map<String, Document> revisions, Map<String, Tally> byMonth) {
    }

    /** Whole answers (the wanted cells' tallies by month) kept per query, valid while their bodies' revisions are equal. */
    private final Cache<String, Kept> answers = Caffeine.newBuilder().maximumSize(1_000).build();

    /** The wanted cells' tallies summed by month of filing. */
    private Map<String, Tally> tallies(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth) {
        return tallies(unionBodies, regionPrefix, fromMonth, toMonth, false);
    }

    /** The wanted cells' tallies summed by month of filing, or ({@code byBody}) by union body and month ("body|month"). */
    private Map<String, Tally> tallies(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth, boolean byBody) {
        var dashboard = readModels.active().dashboard();
        Document index = dashboard.find(new Document("_id", DashboardDocuments.CELLS)).first();
        Map<String, String> monthOfPart = new HashMap<>();
        Set<String> bodies = new TreeSet<>();
        if (index != null) {
            for (String id : index.getList("ids", String.class)) {
                String[] parts = id.split("\\|");
                if ((unionBodies == null || unionBodies.contains(parts[0])) && (regionPrefix == null || parts[1].startsWith(regionPrefix))
                        && (fromMonth == null || parts[2].compareTo(fromMonth) >= 0) && (toMonth == null || parts[2].compareTo(toMonth) <= 0)) {
                    String group = byBody ? parts[0] + "|" + parts[2] : parts[2];
                    Contribution.partIds(id).forEach(part -> monthOfPart.put(part, group));
                    bodies.add(parts[0]);
                }
            }
        }
        if (monthOfPart.isEmpty()) {
            return new TreeMap<>();
        }
        String namespace = dashboard.getNamespace().getFullName();
        String key = unionBodies + "|" + regionPrefix + "|" + fromMonth + "|" + toMonth + "|" + byBody;
        Map<String, Document> revisions = CachedParts.revisions(dashboard, bodies);
        Kept kept = answers.getIfPresent(key);
        if (kept != null && kept.namespace().equals(namespace) && kept.revisions().equals(revisions)
                && !revisions.isEmpty() && revisions.size() == bodies.size()) {
            return kept.byMonth(); // no part of these bodies written since: the same sums
        }
        Map<String, Tally> byMonth = new TreeMap<>();
        parts.read(dashboard, monthOfPart.keySet(), revisions)
                .forEach((part, tally) -> byMonth.computeIfAbsent(monthOfPart.get(part), m -> new Tally()).add(tally));
        answers.put(key, new Kept(namespace, revisions, byMonth));
        return byMonth;
    }
}
