package org.caseledger.projections.workorders;

import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A body's inbox (待办工单): the open orders it must act on next — sign for, handle, or call back and close — read by
 * key from the active generation, each with its light as of today: red past its due day, yellow on it.
 */
public final class WorkOrderInboxQuery {

    /** One order in an inbox. {@code light}: RED (overdue), YELLOW (due today), GREEN, or NONE (no due day yet: not graded). */
    public record Row(String id, String body, String status, String holder, String receivedBy, LocalDate receivedOn, String channel,
                      String category, String grade, String employer, String demand, LocalDate dueOn, String light) {
    }

    private final ReadModels readModels;
    /** Inbox parts decoded (their rows), kept until a part's revision moves: up to about this many rows. */
    private final org.caseledger.projections.CachedParts<List<Document>> parts = new org.caseledger.projections.CachedParts<>(200_000,
            List::size, part -> {
                Document orders = part.get("orders", Document.class);
                return orders == null ? List.of() : orders.values().stream().map(o -> (Document) o).toList();
            });

    public WorkOrderInboxQuery(ReadModels readModels) {
        this.readModels = readModels;
    }

    /** The inboxes of these bodies, overdue first, then by due day; {@code grade} and {@code status} filter when given. */
    public List<Row> inbox(Collection<String> bodies, String grade, String status, LocalDate today) {
        List<String> parts = new ArrayList<>();
        for (String body : bodies) {
            for (int p = 0; p < WorkOrderDocuments.INBOX_PARTS; p++) {
                parts.add(body + "|" + p);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Document>> part : this.parts.read(readModels.active().workOrderDocuments().inbox(), parts).entrySet()) {
            String body = part.getKey().substring(0, part.getKey().lastIndexOf('|'));
            for (Document r : part.getValue()) {
                if ((grade != null && !grade.equals(r.getString("grade"))) || (status != null && !status.equals(r.getString("status")))) {
                    continue;
                }
                LocalDate due = r.getString("dueOn") == null ? null : LocalDate.parse(r.getString("dueOn"));
                String light = due == null ? "NONE" : due.isBefore(today) ? "RED" : due.isEqual(today) ? "YELLOW" : "GREEN";
                rows.add(new Row(r.getString("id"), body, r.getString("status"), r.getString("holder"), r.getString("receivedBy"),
                        LocalDate.parse(r.getString("receivedOn")), r.getString("channel"), r.getString("category"), r.getString("grade"),
                        r.getString("employer"), r.getString("demand"), due, light));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.dueOn() == null ? LocalDate.MAX : r.dueOn()).thenComparing(Row::receivedOn)
                .thenComparing(Row::id));
        return rows;
    }

    /** The order's state as projected, or null when it is not (yet) projected. */
    public WorkOrderState order(String workOrderId) {
        return readModels.active().workOrderDocuments().find(workOrderId);
    }
}
