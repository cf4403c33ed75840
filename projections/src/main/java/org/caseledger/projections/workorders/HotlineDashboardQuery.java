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
 * the list of cells, then their parts.
 */
public final class HotlineDashboardQuery {

    private final ReadModels readModels;

    public HotlineDashboardQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    public HotlineFigures figures(Collection<String> bodies, String fromMonth, String toMonth) {
        WorkOrderDocuments docs = readModels.active().workOrderDocuments();
        Document index = docs.dashboard().find(new Document("_id", WorkOrderDocuments.CELLS)).first();
        List<String> parts = new ArrayList<>();
        if (index != null) {
            for (String cell : index.getList("ids", String.class)) {
                String body = cell.substring(0, cell.lastIndexOf('|'));
                String month = cell.substring(cell.lastIndexOf('|') + 1);
                if ((bodies == null || bodies.contains(body)) && (fromMonth == null || month.compareTo(fromMonth) >= 0)
                        && (toMonth == null || month.compareTo(toMonth) <= 0)) {
                    for (int p = 0; p < WorkOrderDocuments.CELL_PARTS; p++) {
                        parts.add(cell + "|" + p);
                    }
                }
            }
        }
        long received = 0, closed = 0, onTime = 0, calledBack = 0, satisfied = 0, converted = 0;
        Map<String, Long> byChannel = new TreeMap<>(), byCategory = new TreeMap<>(), byGrade = new TreeMap<>(), byBody = new TreeMap<>();
        TreeMap<String, long[]> months = new TreeMap<>();
        List<Integer> days = new ArrayList<>();
        for (Document part : ReadModels.findByIds(docs.dashboard(), parts)) {
            String id = part.getString("_id");
            String cell = id.substring(0, id.lastIndexOf('|'));
            String body = cell.substring(0, cell.lastIndexOf('|'));
            String month = cell.substring(cell.lastIndexOf('|') + 1);
            Document orders = part.get("orders", Document.class);
            if (orders == null) {
                continue;
            }
            for (Object o : orders.values()) {
                Document c = (Document) o;
                int cl = c.getInteger("closed", 0), ot = c.getInteger("closedOnTime", 0), cb = c.getInteger("calledBack", 0),
                        sa = c.getInteger("satisfied", 0), cv = c.getInteger("converted", 0);
                received++;
                closed += cl;
                onTime += ot;
                calledBack += cb;
                satisfied += sa;
                converted += cv;
                byChannel.merge(String.valueOf(c.getString("channel")), 1L, Long::sum);
                byCategory.merge(c.getString("category") == null ? "UNCLASSIFIED" : c.getString("category"), 1L, Long::sum);
                byGrade.merge(c.getString("grade") == null ? "UNCLASSIFIED" : c.getString("grade"), 1L, Long::sum);
                byBody.merge(body, 1L, Long::sum);
                long[] m = months.computeIfAbsent(month, k -> new long[6]);
                m[0]++;
                m[1] += cl;
                m[2] += ot;
                m[3] += cb;
                m[4] += sa;
                m[5] += cv;
                if (c.get("daysToClose") instanceof Number n) {
                    days.add(n.intValue());
                }
            }
        }
        TreeMap<String, HotlineFigures.Month> byMonth = new TreeMap<>();
        months.forEach((k, m) -> byMonth.put(k, new HotlineFigures.Month(m[0], m[1], m[2], m[3], m[4], m[5])));
        days.sort(null);
        return new HotlineFigures(received, closed, onTime, perMille(onTime, closed), calledBack, satisfied, perMille(satisfied, calledBack),
                converted, days.isEmpty() ? null : days.get((days.size() - 1) / 2), byChannel, byCategory, byGrade, byBody, byMonth);
    }

    /** part ÷ whole in per-mille, rounded half up, in integers; null for an empty whole. */
    static Integer perMille(long part, long whole) {
        return whole == 0 ? null : (int) ((part * 2000 + whole) / (2 * whole));
    }
}
