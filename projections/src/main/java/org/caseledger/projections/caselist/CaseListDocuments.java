package org.caseledger.projections.caselist;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.caseledger.projections.CaseReadModel;
import org.caseledger.projections.PartWrites;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;

/**
 * The case list's documents: the rows of a union body's cases in {@value CaseListQuery#PARTS_PER_UNION_BODY} parts
 * ({@code <union body>#<part>}, field {@code rows.<case id>}), and one document listing the union bodies. A changed
 * case rewrites its row in its part; read by {@link CaseListQuery}.
 */
public final class CaseListDocuments implements CaseReadModel {

    private final MongoCollection<Document> caseList;

    public CaseListDocuments(MongoCollection<Document> caseList) {
        this.caseList = caseList;
    }

    @Override
    public Batch batch() {
        return new Batch() {
            private final PartWrites writes = new PartWrites(CaseListQuery.UNION_BODIES);

            @Override
            public Object held(CaseTimeline stored) {
                return ReadModels.toDocument(CaseListEntry.of(stored));
            }

            @Override
            public void change(String caseId, Object held, CaseTimeline after) {
                Document row = ReadModels.toDocument(CaseListEntry.of(after));
                if (!row.equals(held)) {
                    writes.set(CaseListQuery.partId(after.unionBody, caseId), "rows." + ReadModels.fieldKey(caseId), row);
                }
                if (held == null) {
                    writes.index(after.unionBody);
                }
            }

            @Override
            public void write() {
                writes.writeTo(caseList);
            }
        };
    }
}
