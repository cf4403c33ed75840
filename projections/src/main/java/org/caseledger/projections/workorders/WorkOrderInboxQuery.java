package org.caseledger.projections.workorders;

import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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
        for (Document part : ReadModels.findByIds(readModels.active().workOrderDocuments().inbox(), parts)) {
            String body = part.getString("_id").substring(0, part.getString("_id").lastIndexOf('|'));
            Document orders = part.get("orders", Document.class);
            if (orders == null) {
                continue;
            }
            for (Object o : orders.values()) {
                Document r = (Document) o;
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
