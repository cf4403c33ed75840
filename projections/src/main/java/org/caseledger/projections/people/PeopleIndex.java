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
        indexAll(java.util.Map.of(place, tokens), java.util.Set.of());
    }

    /**
     * Each place holds a person with its tokens now (none: nobody findable). The places' own documents are read in
     * lookups by key — except those the caller knows are new (a filing's claimants), whose tokens are only added —
     * and the changes written in one bulk write, a token's new places together. A token lists at most {@value #MAX_PLACES}
     * places (a common name, a foreman's phone given for a whole crew).
     */
    public void indexAll(java.util.Map<String, List<String>> byPlace, java.util.Set<String> fresh) {
        if (byPlace.isEmpty()) {
            return;
        }
        java.util.Map<String, List<String>> stored = new java.util.HashMap<>();
        List<String> known = byPlace.keySet().stream().filter(p -> !fresh.contains(p)).map(p -> "p|" + p).toList();
        for (Document d : org.caseledger.projections.ReadModels.findByIds(collection, known)) {
            stored.put(d.getString("_id").substring(2), d.getList("tokens", String.class, List.of()));
        }
        java.util.Map<String, List<String>> adding = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> pulling = new java.util.LinkedHashMap<>();
        List<WriteModel<Document>> writes = new ArrayList<>();
        byPlace.forEach((place, tokens) -> {
            Set<String> now = new LinkedHashSet<>(tokens);
            Set<String> before = new LinkedHashSet<>(stored.getOrDefault(place, List.of()));
            before.stream().filter(t -> !now.contains(t)).forEach(t -> pulling.computeIfAbsent(t, k -> new ArrayList<>()).add(place));
            now.stream().filter(t -> !before.contains(t)).forEach(t -> adding.computeIfAbsent(t, k -> new ArrayList<>()).add(place));
            writes.add(now.isEmpty() ? new DeleteOneModel<>(new Document("_id", "p|" + place))
                    : new ReplaceOneModel<>(new Document("_id", "p|" + place), new Document("_id", "p|" + place).append("tokens", List.copyOf(now)),
                    new ReplaceOptions().upsert(true)));
        });
        java.util.Map<String, CappedLists.Fill> fills = CappedLists.of(collection, adding.keySet().stream().map(t -> "t|" + t).toList(),
                "places", MAX_PLACES, "overflow");
        pulling.forEach((token, places) -> writes.add(new UpdateOneModel<>(new Document("_id", "t|" + token),
                new Document("$pull", new Document("places", new Document("$in", places))))));
        adding.forEach((token, places) -> {
            CappedLists.Fill fill = fills.get("t|" + token);
            int room = MAX_PLACES - (fill == null ? 0 : fill.size());
            List<String> taken = places.subList(0, Math.max(0, Math.min(places.size(), room)));
            if (!taken.isEmpty()) {
                writes.add(new UpdateOneModel<>(new Document("_id", "t|" + token),
                        new Document("$addToSet", new Document("places", new Document("$each", taken))), new UpdateOptions().upsert(true)));
            }
            boolean saysSoAlready = fill != null && Boolean.TRUE.equals(fill.fields().getBoolean("overflow"));
            if (taken.size() < places.size() && !saysSoAlready) {
                // a name thousands share: the list stops growing and says so (search by ID number or phone then)
                writes.add(new UpdateOneModel<>(new Document("_id", "t|" + token), new Document("$set", new Document("overflow", true)),
                        new UpdateOptions().upsert(true)));
            }
        });
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes);
        }
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
