package org.caseledger.projections.workorders;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.caseledger.projections.ReadModels;

import java.time.temporal.ChronoUnit;

/**
 * The work orders' read models, every read a key lookup: each order's folded state ({@code _id} = its id); the inbox
 * of each union body — the open orders it must act on next — in {@value #INBOX_PARTS} parts per body (field
 * {@code orders.<id>}); and the hotline dashboard: each order's contribution to its cell (the body that holds it, the
 * month it was received) in {@value #CELL_PARTS} parts per cell, with one document listing the cells. An order moving
 * to another body leaves the old body's inbox and cell as it enters the new one's. Written field by field ($set,
 * $unset), so an event delivered again writes the same.
 */
public final class WorkOrderDocuments {

    static final int INBOX_PARTS = 4;
    static final int CELL_PARTS = 8;
    static final String CELLS = "cells";

    private final MongoCollection<Document> orders;
    private final MongoCollection<Document> inbox;
    private final MongoCollection<Document> dashboard;
    private final MongoCollection<Document> due;
    static final String DAYS = "days";

    /** One time limit passed: which order, which limit. */
    public record Due(String workOrderId, String limit) {
    }

    public WorkOrderDocuments(MongoCollection<Document> orders, MongoCollection<Document> inbox, MongoCollection<Document> dashboard,
                              MongoCollection<Document> due) {
        this.due = due;
        this.orders = orders;
        this.inbox = inbox;
        this.dashboard = dashboard;
    }

    /** How many orders are projected. */
    public long count() {
        return orders.estimatedDocumentCount();
    }

    public WorkOrderState find(String workOrderId) {
        Document d = orders.find(new Document("_id", workOrderId)).first();
        return d == null ? null : ReadModels.fromDocument(d, WorkOrderState.class);
    }

    /** Writes the order after an event: its inbox row and dashboard contribution moved or changed, then the order itself. */
    public void write(WorkOrderState before, WorkOrderState after) {
        String field = "orders." + ReadModels.fieldKey(after.workOrderId);
        String oldInbox = before == null || before.actionBody() == null ? null : inboxPart(before.actionBody(), after.workOrderId);
        String newInbox = after.actionBody() == null ? null : inboxPart(after.actionBody(), after.workOrderId);
        if (oldInbox != null && !oldInbox.equals(newInbox)) {
            inbox.updateOne(new Document("_id", oldInbox), new Document("$unset", new Document(field, "")));
        }
        if (newInbox != null) {
            inbox.updateOne(new Document("_id", newInbox), new Document("$set", new Document(field, row(after))), new UpdateOptions().upsert(true));
        }
        String oldCell = before == null ? null : cellPart(cellOf(before), after.workOrderId);
        String newCell = cellPart(cellOf(after), after.workOrderId);
        if (oldCell != null && !oldCell.equals(newCell)) {
            dashboard.updateOne(new Document("_id", oldCell), new Document("$unset", new Document(field, "")));
        }
        dashboard.updateOne(new Document("_id", newCell), new Document("$set", new Document(field, contribution(after))),
                new UpdateOptions().upsert(true));
        if (oldCell == null || !oldCell.equals(newCell)) {
            dashboard.updateOne(new Document("_id", CELLS), new Document("$addToSet", new Document("ids", cellOf(after))),
                    new UpdateOptions().upsert(true));
        }
        // the time limit running: in the bucket of its day, for the sweeper
        String oldLimit = before == null ? null : before.runningLimit();
        String newLimit = after.runningLimit();
        if (oldLimit != null && !oldLimit.equals(newLimit)) {
            due.updateOne(new Document("_id", oldLimit.substring(oldLimit.indexOf(':') + 1)), new Document("$unset", new Document(field, "")));
        }
        if (newLimit != null && !newLimit.equals(oldLimit)) {
            String day = newLimit.substring(newLimit.indexOf(':') + 1);
            due.updateOne(new Document("_id", day), new Document("$set", new Document(field, newLimit.substring(0, newLimit.indexOf(':')))),
                    new UpdateOptions().upsert(true));
            due.updateOne(new Document("_id", DAYS), new Document("$addToSet", new Document("ids", day)), new UpdateOptions().upsert(true));
        }
        Document doc = ReadModels.toDocument(after);
        doc.put("_id", after.workOrderId);
        orders.replaceOne(new Document("_id", after.workOrderId), doc, new ReplaceOptions().upsert(true));
    }

    /** What the inbox lists of an order: no personal data, the demand cut short. */
    static Document row(WorkOrderState s) {
        Document row = new Document("id", s.workOrderId).append("status", s.status.name()).append("holder", s.holder)
                .append("receivedBy", s.receivedBy).append("receivedOn", s.receivedOn.toString())
                .append("channel", s.channel).append("category", s.category).append("grade", s.grade)
                .append("employer", s.employerName)
                .append("demand", s.demand == null ? null : s.demand.length() > 60 ? s.demand.substring(0, 60) + "…" : s.demand);
        if (s.dueOn() != null) {
            row.append("dueOn", s.dueOn().toString());
        }
        return row;
    }

    /** An order's contribution to the hotline dashboard: counts only, nobody named. */
    static Document contribution(WorkOrderState s) {
        boolean closed = s.status == WorkOrderStatus.CLOSED;
        Document c = new Document("channel", s.channel).append("category", s.category).append("grade", s.grade)
                .append("closed", closed ? 1 : 0).append("closedOnTime", closed && Boolean.TRUE.equals(s.closedOnTime) ? 1 : 0)
                .append("calledBack", s.satisfaction == null ? 0 : 1)
                .append("satisfied", s.satisfaction != null && !"NOT_SATISFIED".equals(s.satisfaction) ? 1 : 0)
                .append("converted", s.caseId == null ? 0 : 1);
        if (closed) {
            c.append("daysToClose", (int) ChronoUnit.DAYS.between(s.receivedOn, s.closedOn));
        }
        return c;
    }

    /** The cell an order counts in: the body holding it and the month it was received. */
    static String cellOf(WorkOrderState s) {
        return s.holder + "|" + s.receivedOn.toString().substring(0, 7);
    }

    static String inboxPart(String body, String workOrderId) {
        return body + "|" + ReadModels.partOf(workOrderId, INBOX_PARTS);
    }

    static String cellPart(String cell, String workOrderId) {
        return cell + "|" + ReadModels.partOf(workOrderId, CELL_PARTS);
    }

    /** The running time limits whose day is {@code lastDay} or before (the sweeper's), read by key: the days, then each day. */
    public java.util.List<Due> dueOnOrBefore(java.time.LocalDate lastDay) {
        Document index = due.find(new Document("_id", DAYS)).first();
        java.util.List<Due> found = new java.util.ArrayList<>();
        if (index == null) {
            return found;
        }
        java.util.List<String> days = index.getList("ids", String.class).stream().filter(d -> d.compareTo(lastDay.toString()) <= 0).sorted().toList();
        for (Document day : ReadModels.findByIds(due, days)) {
            Document entries = day.get("orders", Document.class);
            if (entries != null) {
                entries.forEach((key, limit) -> found.add(new Due(key.replace("%2E", ".").replace("%24", "$").replace("%25", "%"), (String) limit)));
            }
        }
        return found;
    }

    MongoCollection<Document> inbox() {
        return inbox;
    }

    MongoCollection<Document> dashboard() {
        return dashboard;
    }
}
