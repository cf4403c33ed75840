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
        indexAll(java.util.Map.of(place, tokens));
    }

    /**
     * Each place holds a person with its tokens now (none: nobody findable): the places' and their tokens' documents read
     * in two lookups by key, the changes written in one bulk write.
     */
    public void indexAll(java.util.Map<String, List<String>> byPlace) {
        if (byPlace.isEmpty()) {
            return;
        }
        java.util.Map<String, List<String>> stored = new java.util.HashMap<>();
        for (Document d : org.caseledger.projections.ReadModels.findByIds(collection, byPlace.keySet().stream().map(p -> "p|" + p).toList())) {
            stored.put(d.getString("_id").substring(2), d.getList("tokens", String.class, List.of()));
        }
        java.util.Set<String> added = new LinkedHashSet<>();
        byPlace.forEach((place, tokens) -> tokens.stream().filter(t -> !stored.getOrDefault(place, List.of()).contains(t)).forEach(added::add));
        java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
        java.util.Map<String, List<?>> listed = new java.util.HashMap<>();
        for (Document d : org.caseledger.projections.ReadModels.findByIds(collection, added.stream().map(t -> "t|" + t).toList())) {
            List<?> places = d.getList("places", Object.class, List.of());
            sizes.put(d.getString("_id").substring(2), places.size());
            listed.put(d.getString("_id").substring(2), places);
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        byPlace.forEach((place, tokens) -> {
            Set<String> now = new LinkedHashSet<>(tokens);
            Set<String> before = new LinkedHashSet<>(stored.getOrDefault(place, List.of()));
            for (String gone : before) {
                if (!now.contains(gone)) {
                    writes.add(new UpdateOneModel<>(new Document("_id", "t|" + gone), new Document("$pull", new Document("places", place))));
                }
            }
            for (String token : now) {
                if (before.contains(token)) {
                    continue;
                }
                int size = sizes.getOrDefault(token, 0);
                if (size >= MAX_PLACES && !listed.getOrDefault(token, List.of()).contains(place)) {
                    // a name thousands share: the list stops growing and says so (search by ID number or phone then)
                    writes.add(new UpdateOneModel<>(new Document("_id", "t|" + token), new Document("$set", new Document("overflow", true))));
                } else {
                    sizes.put(token, size + 1);
                    writes.add(new UpdateOneModel<>(new Document("_id", "t|" + token), new Document("$addToSet", new Document("places", place)),
                            new UpdateOptions().upsert(true)));
                }
            }
            writes.add(now.isEmpty() ? new DeleteOneModel<>(new Document("_id", "p|" + place))
                    : new ReplaceOneModel<>(new Document("_id", "p|" + place), new Document("_id", "p|" + place).append("tokens", List.copyOf(now)),
                    new ReplaceOptions().upsert(true)));
        });
        collection.bulkWrite(writes);
    }

    /** The place no longer holds anyone findable (the person was erased). */
    public void remove(String place) {
        index(place, List.of());
    }

    /** The most places one token lists: past it a token (a common name) is marked as overflowing. */
    public static final int MAX_PLACES = 1_000;

    /** The places a token is found at, and whether there are more than {@value #MAX_PLACES} (then not all are listed). */
    public record Postings(List<String> places, boolean overflow) {
    }

    public Postings places(String token) {
        Document d = collection.find(new Document("_id", "t|" + token)).first();
        return d == null ? new Postings(List.of(), false) : new Postings(d.getList("places", String.class, List.of()), Boolean.TRUE.equals(d.getBoolean("overflow")));
    }

    /** The tokens of a place. */
    public List<String> tokensOf(String place) {
        Document d = collection.find(new Document("_id", "p|" + place)).first();
        return d == null ? List.of() : d.getList("tokens", String.class);
    }
}
