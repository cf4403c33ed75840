package org.caseledger.projections.caselist;

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
            private final Set<String> newUnionBodies = new LinkedHashSet<>();
            private final Map<String, Document> rowsByPart = new TreeMap<>();

            @Override
            public Object held(CaseTimeline stored) {
                return ReadModels.toDocument(CaseListEntry.of(stored));
            }

            @Override
            public void change(String caseId, Object held, CaseTimeline after) {
                Document row = ReadModels.toDocument(CaseListEntry.of(after));
                if (!row.equals(held)) {
                    rowsByPart.computeIfAbsent(CaseListQuery.partId(after.unionBody, caseId), k -> new Document())
                            .append("rows." + ReadModels.fieldKey(caseId), row);
                }
                if (held == null) {
                    newUnionBodies.add(after.unionBody);
                }
            }

            @Override
            public void write() {
                List<WriteModel<Document>> writes = new ArrayList<>();
                if (!newUnionBodies.isEmpty()) {
                    writes.add(new UpdateOneModel<>(new Document("_id", CaseListQuery.UNION_BODIES), new Document("$addToSet",
                            new Document("ids", new Document("$each", new ArrayList<>(newUnionBodies)))), new UpdateOptions().upsert(true)));
                }
                rowsByPart.forEach((part, set) -> writes.add(new UpdateOneModel<>(new Document("_id", part), new Document("$set", set),
                        new UpdateOptions().upsert(true))));
                if (!writes.isEmpty()) {
                    caseList.bulkWrite(writes);
                }
            }
        };
    }
}
