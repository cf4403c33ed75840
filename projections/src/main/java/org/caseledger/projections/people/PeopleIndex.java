package org.caseledger.projections.people;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 查找当事人: the blind index of the people in cases and work orders. A token's document ({@code t|<token>}) lists the
 * places the person is found ({@code case|<caseId>|<claimantId>}, {@code order|<workOrderId>|worker}); a place's own
 * document ({@code p|<place>}) lists its tokens, so a correction or an erasure takes exactly those away. Every read and
 * write is by key.
 */
public final class PeopleIndex {

    private final MongoCollection<Document> collection;

    public PeopleIndex(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public static String casePlace(String caseId, String claimantId) {
        return "case|" + caseId + "|" + claimantId;
    }

    public static String orderPlace(String workOrderId) {
        return "order|" + workOrderId + "|worker";
    }

    /** The place holds a person with these tokens now (replacing what it held). */
    public void index(String place, List<String> tokens) {
        Set<String> now = new LinkedHashSet<>(tokens);
        Set<String> before = new LinkedHashSet<>(tokensOf(place));
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String gone : before) {
            if (!now.contains(gone)) {
                writes.add(new UpdateOneModel<>(new Document("_id", "t|" + gone), new Document("$pull", new Document("places", place))));
            }
        }
        for (String token : now) {
            if (!before.contains(token)) {
                writes.add(new UpdateOneModel<>(new Document("_id", "t|" + token), new Document("$addToSet", new Document("places", place)),
                        new UpdateOptions().upsert(true)));
            }
        }
        writes.add(now.isEmpty() ? new DeleteOneModel<>(new Document("_id", "p|" + place))
                : new ReplaceOneModel<>(new Document("_id", "p|" + place), new Document("_id", "p|" + place).append("tokens", List.copyOf(now)),
                new ReplaceOptions().upsert(true)));
        collection.bulkWrite(writes);
    }

    /** The place no longer holds anyone findable (the person was erased). */
    public void remove(String place) {
        index(place, List.of());
    }

    /** The places a token is found at. */
    public List<String> places(String token) {
        Document d = collection.find(new Document("_id", "t|" + token)).first();
        return d == null ? List.of() : d.getList("places", String.class);
    }

    /** The tokens of a place. */
    public List<String> tokensOf(String place) {
        Document d = collection.find(new Document("_id", "p|" + place)).first();
        return d == null ? List.of() : d.getList("tokens", String.class);
    }
}
