package org.caseledger.projections.workorders;

import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hotline dashboard (12351 热线看板): sums the orders' contributions over the cells of the bodies asked for (all
 * when null) and the months from {@code fromMonth} to {@code toMonth} (yyyy-MM, inclusive, either open), read by key:
 * the list of cells, the revisions of their bodies, and the parts whose revision moved since they were last summed
 * ({@code CachedParts}): each part's sums are kept, not each order's figures.
 */
public final class HotlineDashboardQuery {

    private final ReadModels readModels;

    public HotlineDashboardQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** The sums of one part's contributions: decoded once, kept until the part's revision moves. */
    record PartTally(long[] counts, Map<String, Long> byChannel, Map<String, Long> byCategory, Map<String, Long> byGrade,
                     List<Integer> daysToClose) {

        static PartTally of(Document part) {
            long[] counts = new long[6];
            Map<String, Long> byChannel = new TreeMap<>(), byCategory = new TreeMap<>(), byGrade = new TreeMap<>();
            List<Integer> days = new ArrayList<>();
            Document orders = part.get("orders", Document.class);
            if (orders != null) {
                for (Object o : orders.values()) {
                    Document c = (Document) o;
                    counts[0]++;
                    counts[1] += c.getInteger("closed", 0);
                    counts[2] += c.getInteger("closedOnTime", 0);
                    counts[3] += c.getInteger("calledBack", 0);
                    counts[4] += c.getInteger("satisfied", 0);
                    counts[5] += c.getInteger("converted", 0);
                    byChannel.merge(String.valueOf(c.getString("channel")), 1L, Long::sum);
                    byCategory.merge(c.getString("category") == null ? "UNCLASSIFIED" : c.getString("category"), 1L, Long::sum);
                    byGrade.merge(c.getString("grade") == null ? "UNCLASSIFIED" : c.getString("grade"), 1L, Long::sum);
                    if (c.get("daysToClose") instanceof Number n) {
                        days.add(n.intValue());
                    }
                }
            }
            return new PartTally(counts, byChannel, byCategory, byGrade, List.copyOf(days));
        }
    }

    /** Parts decoded, up to about this many orders' contributions kept. */
    private final org.caseledger.projections.CachedParts<PartTally> parts = new org.caseledger.projections.CachedParts<>(500_000,
            t -> (int) Math.max(1, t.counts()[0]), PartTally::of);

    public HotlineFigures figures(Collection<String> bodies, String fromMonth, String toMonth) {
        WorkOrderDocuments docs = readModels.active().workOrderDocuments();
        Document index = docs.dashboard().find(new Document("_id", WorkOrderDocuments.CELLS)).first();
        List<String> wanted = new ArrayList<>();
        if (index != null) {
            for (String cell : index.getList("ids", String.class)) {
                String body = cell.substring(0, cell.lastIndexOf('|'));
                String month = cell.substring(cell.lastIndexOf('|') + 1);
                if ((bodies == null || bodies.contains(body)) && (fromMonth == null || month.compareTo(fromMonth) >= 0)
                        && (toMonth == null || month.compareTo(toMonth) <= 0)) {
                    for (int p = 0; p < WorkOrderDocuments.CELL_PARTS; p++) {
                        wanted.add(cell + "|" + p);
                    }
                }
            }
        }
        long[] total = new long[6];
        Map<String, Long> byChannel = new TreeMap<>(), byCategory = new TreeMap<>(), byGrade = new TreeMap<>(), byBody = new TreeMap<>();
        TreeMap<String, long[]> months = new TreeMap<>();
        List<Integer> days = new ArrayList<>();
        for (Map.Entry<String, PartTally> e : parts.read(docs.dashboard(), wanted).entrySet()) {
            String id = e.getKey();
            String cell = id.substring(0, id.lastIndexOf('|'));
            String body = cell.substring(0, cell.lastIndexOf('|'));
            String month = cell.substring(cell.lastIndexOf('|') + 1);
            PartTally t = e.getValue();
            long[] m = months.computeIfAbsent(month, k -> new long[6]);
            for (int i = 0; i < 6; i++) {
                total[i] = Math.addExact(total[i], t.counts()[i]);
                m[i] = Math.addExact(m[i], t.counts()[i]);
            }
            t.byChannel().forEach((k, v) -> byChannel.merge(k, v, Long::sum));
            t.byCategory().forEach((k, v) -> byCategory.merge(k, v, Long::sum));
            t.byGrade().forEach((k, v) -> byGrade.merge(k, v, Long::sum));
            if (t.counts()[0] > 0) {
                byBody.merge(body, t.counts()[0], Long::sum);
            }
            days.addAll(t.daysToClose());
        }
        months.values().removeIf(m -> m[0] == 0);
        TreeMap<String, HotlineFigures.Month> byMonth = new TreeMap<>();
        months.forEach((k, m) -> byMonth.put(k, new HotlineFigures.Month(m[0], m[1], m[2], m[3], m[4], m[5])));
        days.sort(null);
        return new HotlineFigures(total[0], total[1], total[2], perMille(total[2], total[1]), total[3], total[4], perMille(total[4], total[3]),
                total[5], days.isEmpty() ? null : days.get((days.size() - 1) / 2), byChannel, byCategory, byGrade, byBody, byMonth);
    }

    /** part ÷ whole in per-mille, rounded half up, in integers; null for an empty whole. */
    static Integer perMille(long part, long whole) {
        return whole == 0 ? null : (int) ((part * 2000 + whole) / (2 * whole));
    }
}
