package org.caseledger.projections.dashboard;

import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        var dashboard = readModels.active().dashboard();
        Document index = dashboard.find(new Document("_id", DashboardDocuments.CELLS)).first();
        List<String> ids = new ArrayList<>();
        if (index != null) {
            for (String id : index.getList("ids", String.class)) {
                String[] parts = id.split("\\|");
                if ((unionBody == null || parts[0].equals(unionBody)) && (regionPrefix == null || parts[1].startsWith(regionPrefix))
                        && (fromMonth == null || parts[2].compareTo(fromMonth) >= 0) && (toMonth == null || parts[2].compareTo(toMonth) <= 0)) {
                    ids.addAll(Contribution.partIds(id));
                }
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (Document cell : ReadModels.findByIds(dashboard, ids)) {
                Document cases = cell.get("cases", Document.class);
                if (cases != null) {
                    cases.values().forEach(v -> contributions.add(Contribution.fromDocument((Document) v)));
                }
            }
        }
        return DashboardFigures.of(contributions, today);
    }
}
