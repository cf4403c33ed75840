package org.caseledger.projections.dashboard;

import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dashboard figures for any union body, region and range of months: the cell ids come from one index
 * document, the cells' documents by {@code _id $in}, and the figures are summed over the cases' contributions.
 */
public final class DashboardQuery {

    private final ReadModels readModels;

    public DashboardQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** Null arguments mean "all". Months are "yyyy-MM", inclusive. */
    public DashboardFigures figures(String unionBody, String regionPrefix, String fromMonth, String toMonth, LocalDate today) {
        return figuresOf(unionBody == null ? null : Set.of(unionBody), regionPrefix, fromMonth, toMonth, today);
    }

    /** The figures of several union bodies together (a city union and its counties); null means all bodies. */
    public DashboardFigures figuresOf(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth, LocalDate today) {
        List<Contribution> all = new ArrayList<>();
        contributions(unionBodies, regionPrefix, fromMonth, toMonth).values().forEach(all::addAll);
        return DashboardFigures.of(all, today);
    }

    /** The figures month by month (of filing), for a chart: only the months that have cases. */
    public SortedMap<String, DashboardFigures> monthly(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth,
                                                       LocalDate today) {
        SortedMap<String, DashboardFigures> months = new TreeMap<>();
        contributions(unionBodies, regionPrefix, fromMonth, toMonth).forEach((month, c) -> months.put(month, DashboardFigures.of(c, today)));
        return months;
    }

    private Map<String, List<Contribution>> contributions(Set<String> unionBodies, String regionPrefix, String fromMonth, String toMonth) {
        var dashboard = readModels.active().dashboard();
        Document index = dashboard.find(new Document("_id", DashboardDocuments.CELLS)).first();
        Map<String, String> monthOfPart = new HashMap<>();
        if (index != null) {
            for (String id : index.getList("ids", String.class)) {
                String[] parts = id.split("\\|");
                if ((unionBodies == null || unionBodies.contains(parts[0])) && (regionPrefix == null || parts[1].startsWith(regionPrefix))
                        && (fromMonth == null || parts[2].compareTo(fromMonth) >= 0) && (toMonth == null || parts[2].compareTo(toMonth) <= 0)) {
                    Contribution.partIds(id).forEach(part -> monthOfPart.put(part, parts[2]));
                }
            }
        }
        Map<String, List<Contribution>> byMonth = new TreeMap<>();
        if (!monthOfPart.isEmpty()) {
            for (Document cell : ReadModels.findByIds(dashboard, new ArrayList<>(monthOfPart.keySet()))) {
                Document cases = cell.get("cases", Document.class);
                if (cases != null) {
                    List<Contribution> month = byMonth.computeIfAbsent(monthOfPart.get(cell.getString("_id")), m -> new ArrayList<>());
                    cases.values().forEach(v -> month.add(Contribution.fromDocument((Document) v)));
                }
            }
        }
        return byMonth;
    }
}
