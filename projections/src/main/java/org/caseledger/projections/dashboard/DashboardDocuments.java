package org.caseledger.projections.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.caseledger.projections.CaseReadModel;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dashboard's documents: each case's {@link Contribution} to its cell (union body, region, month filed), in
 * {@value Contribution#PARTS_PER_CELL} parts per cell (field {@code cases.<case id>}), and one document listing the
 * cells. Read by {@link DashboardQuery}.
 */
public final class DashboardDocuments implements CaseReadModel {

    static final String CELLS = "cells";

    private final MongoCollection<Document> dashboard;

    public DashboardDocuments(MongoCollection<Document> dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public Batch batch() {
        return new Batch() {
            private final Set<String> newCells = new LinkedHashSet<>();
            private final Map<String, Document> contributionsByPart = new TreeMap<>();

            @Override
            public Object held(CaseTimeline stored) {
                return ReadModels.toDocument(Contribution.of(stored));
            }

            @Override
            public void change(String caseId, Object held, CaseTimeline after) {
                String cell = Contribution.cellId(after);
                if (held == null) {
                    newCells.add(cell);
                }
                Document contribution = ReadModels.toDocument(Contribution.of(after));
                if (!contribution.equals(held)) {
                    contributionsByPart.computeIfAbsent(Contribution.partId(cell, caseId), k -> new Document())
                            .append("cases." + ReadModels.fieldKey(caseId), contribution);
                }
            }

            @Override
            public void write() {
                List<WriteModel<Document>> writes = new ArrayList<>();
                if (!newCells.isEmpty()) {
                    writes.add(new UpdateOneModel<>(new Document("_id", CELLS), new Document("$addToSet",
                            new Document("ids", new Document("$each", new ArrayList<>(newCells)))), new UpdateOptions().upsert(true)));
                }
                contributionsByPart.forEach((part, set) -> writes.add(new UpdateOneModel<>(new Document("_id", part), new Document("$set", set),
                        new UpdateOptions().upsert(true))));
                if (!writes.isEmpty()) {
                    dashboard.bulkWrite(writes);
                }
            }
        };
    }
}
