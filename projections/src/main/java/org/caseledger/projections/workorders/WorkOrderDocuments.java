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

    /** The orders with these ids as projected (absent ones left out), read in chunks by key. */
    public java.util.Map<String, WorkOrderState> findAll(java.util.Collection<String> ids) {
        java.util.Map<String, WorkOrderState> found = new java.util.HashMap<>();
        for (Document d : ReadModels.findByIds(orders, new java.util.ArrayList<>(ids))) {
            found.put(d.getString("_id"), ReadModels.fromDocument(d, WorkOrderState.class));
        }
        return found;
    }

    /** Writes the order after an event: its inbox row and dashboard contribution moved or changed, then the order itself. */
    public void write(WorkOrderState before, WorkOrderState after) {
        write(java.util.Map.of(after.workOrderId, new Change(before, after)));
    }

    /** An order as it was before a batch of events (null: new) and after them. */
    public record Change(WorkOrderState before, WorkOrderState after) {
    }

    /**
     * Writes the orders a batch of events changed, one bulk write per collection: the inbox rows, dashboard contributions
     * and due-day entries moved or changed (fields unset and set), the lists of cells and days, then the orders themselves
     * (an order's own document last, so a batch interrupted before it is applied again from the orders as they were).
     */
    public void write(java.util.Map<String, Change> changes) {
        java.util.List<com.mongodb.client.model.WriteModel<Document>> inboxWrites = new java.util.ArrayList<>();
        java.util.List<com.mongodb.client.model.WriteModel<Document>> cellWrites = new java.util.ArrayList<>();
        java.util.List<com.mongodb.client.model.WriteModel<Document>> dueWrites = new java.util.ArrayList<>();
        java.util.List<com.mongodb.client.model.WriteModel<Document>> orderWrites = new java.util.ArrayList<>();
        java.util.Set<String> newCells = new java.util.TreeSet<>();
        java.util.Set<String> newDays = new java.util.TreeSet<>();
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        for (Change c : changes.values()) {
            WorkOrderState before = c.before();
            WorkOrderState after = c.after();
            String field = "orders." + ReadModels.fieldKey(after.workOrderId);
            String oldInbox = before == null || before.actionBody() == null ? null : inboxPart(before.actionBody(), after.workOrderId);
            String newInbox = after.actionBody() == null ? null : inboxPart(after.actionBody(), after.workOrderId);
            if (oldInbox != null && !oldInbox.equals(newInbox)) {
                inboxWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", oldInbox), new Document("$unset", new Document(field, ""))));
            }
            if (newInbox != null) {
                inboxWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", newInbox),
                        new Document("$set", new Document(field, row(after))), upsert));
            }
            String oldCell = before == null ? null : cellPart(cellOf(before), after.workOrderId);
            String newCell = cellPart(cellOf(after), after.workOrderId);
            if (oldCell != null && !oldCell.equals(newCell)) {
                cellWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", oldCell), new Document("$unset", new Document(field, ""))));
            }
            cellWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", newCell),
                    new Document("$set", new Document(field, contribution(after))), upsert));
            if (oldCell == null || !oldCell.equals(newCell)) {
                newCells.add(cellOf(after));
            }
            // the time limit running: in the bucket of its day, for the sweeper
            String oldLimit = before == null ? null : before.runningLimit();
            String newLimit = after.runningLimit();
            if (oldLimit != null && !oldLimit.equals(newLimit)) {
                dueWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", oldLimit.substring(oldLimit.indexOf(':') + 1)),
                        new Document("$unset", new Document(field, ""))));
            }
            if (newLimit != null && !newLimit.equals(oldLimit)) {
                String day = newLimit.substring(newLimit.indexOf(':') + 1);
                dueWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", day),
                        new Document("$set", new Document(field, newLimit.substring(0, newLimit.indexOf(':')))), upsert));
                newDays.add(day);
            }
            Document doc = ReadModels.toDocument(after);
            doc.put("_id", after.workOrderId);
            orderWrites.add(new com.mongodb.client.model.ReplaceOneModel<>(new Document("_id", after.workOrderId), doc,
                    new ReplaceOptions().upsert(true)));
        }
        // each part written has its revision raised, after it, so readers keep what they decoded until it moves (CachedParts)
        raiseRevisions(inboxWrites);
        raiseRevisions(cellWrites);
        if (!newCells.isEmpty()) {
            cellWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", CELLS),
                    new Document("$addToSet", new Document("ids", new Document("$each", new java.util.ArrayList<>(newCells)))), upsert));
        }
        if (!newDays.isEmpty()) {
            dueWrites.add(new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", DAYS),
                    new Document("$addToSet", new Document("ids", new Document("$each", new java.util.ArrayList<>(newDays)))), upsert));
        }
        for (var writes : java.util.List.of(java.util.Map.entry(inbox, inboxWrites), java.util.Map.entry(dashboard, cellWrites),
                java.util.Map.entry(due, dueWrites), java.util.Map.entry(orders, orderWrites))) {
            if (!writes.getValue().isEmpty()) {
                writes.getKey().bulkWrite(writes.getValue());
            }
        }
    }

    /** Adds, after the writes of parts, the raise of each written part's revision in its union body's revisions document. */
    private static void raiseRevisions(java.util.List<com.mongodb.client.model.WriteModel<Document>> writes) {
        java.util.Map<String, Document> raised = new java.util.TreeMap<>();
        for (var w : writes) {
            String part = ((com.mongodb.client.model.UpdateOneModel<Document>) w).getFilter().toBsonDocument().getString("_id").getValue();
            raised.computeIfAbsent(org.caseledger.projections.CachedParts.unionBodyOf(part), b -> new Document()).append(ReadModels.fieldKey(part), 1);
        }
        raised.forEach((body, inc) -> writes.add(new com.mongodb.client.model.UpdateOneModel<>(
                new Document("_id", org.caseledger.projections.CachedParts.REVISIONS + body), new Document("$inc", inc), new UpdateOptions().upsert(true))));
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
