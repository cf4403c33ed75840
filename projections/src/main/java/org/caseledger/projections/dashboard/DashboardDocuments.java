package org.caseledger.projections.dashboard;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.caseledger.projections.CaseReadModel;
import org.caseledger.projections.PartWrites;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;

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
            private final PartWrites writes = new PartWrites(CELLS);

            @Override
            public Object held(CaseTimeline stored) {
                return ReadModels.toDocument(Contribution.of(stored));
            }

            @Override
            public void change(String caseId, Object held, CaseTimeline after) {
                String cell = Contribution.cellId(after);
                if (held == null) {
                    writes.index(cell);
                }
                Document contribution = ReadModels.toDocument(Contribution.of(after));
                if (!contribution.equals(held)) {
                    writes.set(Contribution.partId(cell, caseId), "cases." + ReadModels.fieldKey(caseId), contribution);
                }
            }

            @Override
            public void write() {
                writes.writeTo(dashboard);
            }
        };
    }
}
