package org.caseledger.projections.people;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 用人单位: every case, supervision matter and work order naming an employer, found by its 统一社会信用代码 or, without
 * one, by its name (full-width and spaces aside). An employer's document ({@code e|<key>}) keeps its name and code,
 * the places naming it ({@code case|<caseId>|<obligorId>}, {@code order|<workOrderId>}) and which of them are still
 * open; a case's or order's own document ({@code r|<case or order>}) keeps the employers it names, so a closing or a
 * reopening reaches them by key; an employer known by its code is found by its name too ({@code a|name:<name>}).
 */
public final class EmployerIndex {

    private final MongoCollection<Document> collection;

    public EmployerIndex(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** An employer's key: its credit code when known, else its name normalised. */
    public static String keyOf(String name, String creditCode) {
        if (creditCode != null && !creditCode.isBlank()) {
            return "code:" + creditCode.strip().toUpperCase(Locale.ROOT);
        }
        return "name:" + normalise(name);
    }

    public static String normalise(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    /** The most places one employer's document lists. */
    public static final int MAX_PLACES = 2_000;

    /** A case (or order) names an employer at {@code place}; open until the case or order closes. */
    public record Naming(String owner, String place, String name, String creditCode, boolean open) {
    }

    public void name(String owner, String place, String name, String creditCode, boolean open) {
        nameAll(List.of(new Naming(owner, place, name, creditCode, open)));
    }

    /** Several namings: the employers' documents read in one lookup by key, the changes written in one bulk write. */
    public void nameAll(List<Naming> namings) {
        if (namings.isEmpty()) {
            return;
        }
        java.util.Map<String, List<?>> listed = new java.util.HashMap<>();
        for (Document d : org.caseledger.projections.ReadModels.findByIds(collection,
                namings.stream().map(n -> "e|" + keyOf(n.name(), n.creditCode())).distinct().toList())) {
            listed.put(d.getString("_id").substring(2), d.getList("places", Object.class, List.of()));
        }
        java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
        listed.forEach((k, v) -> sizes.put(k, v.size()));
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Naming n : namings) {
            String key = keyOf(n.name(), n.creditCode());
            int size = sizes.getOrDefault(key, 0);
            if (size >= MAX_PLACES && !listed.getOrDefault(key, List.of()).contains(n.place())) {
                // an employer named in thousands of matters: its page lists the first ones and says there are more
                writes.add(new UpdateOneModel<>(new Document("_id", "e|" + key), new Document("$set", new Document("overflow", true))));
                continue;
            }
            sizes.put(key, size + 1);
            Document set = new Document("name", n.name());
            if (n.creditCode() != null) {
                set.append("creditCode", n.creditCode());
                // found by its name too: the name leads to the code's document
                writes.add(new UpdateOneModel<>(new Document("_id", "a|" + keyOf(n.name(), null)), new Document("$set", new Document("key", key)),
                        new UpdateOptions().upsert(true)));
            }
            Document add = new Document("places", n.place());
            if (n.open()) {
                add.append("open", n.place());
            }
            writes.add(new UpdateOneModel<>(new Document("_id", "e|" + key), new Document("$set", set).append("$addToSet", add),
                    new UpdateOptions().upsert(true)));
            writes.add(new UpdateOneModel<>(new Document("_id", "r|" + n.owner()), new Document("$addToSet",
                    new Document("named", key + "\u0000" + n.place())), new UpdateOptions().upsert(true)));
        }
        collection.bulkWrite(writes);
    }

    /** The case or order closed (or reopened): its places are no longer (or again) open. */
    public void open(String owner, boolean open) {
        openAll(java.util.Map.of(owner, open));
    }

    /** Several cases or orders closed or reopened: their own documents read in one lookup, the changes in one bulk write. */
    public void openAll(java.util.Map<String, Boolean> byOwner) {
        if (byOwner.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document r : org.caseledger.projections.ReadModels.findByIds(collection, byOwner.keySet().stream().map(o -> "r|" + o).toList())) {
            boolean open = byOwner.get(r.getString("_id").substring(2));
            for (String named : r.getList("named", String.class)) {
                int cut = named.indexOf('\u0000');
                String key = named.substring(0, cut);
                String place = named.substring(cut + 1);
                writes.add(new UpdateOneModel<>(new Document("_id", "e|" + key),
                        new Document(open ? "$addToSet" : "$pull", new Document("open", place))));
            }
        }
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes);
        }
    }

    /** An employer as the index knows it: its key, name, code, the places naming it and which of them are open. */
    public record Employer(String key, String name, String creditCode, List<String> places, List<String> open, boolean overflow) {

        static Employer of(Document d) {
            return new Employer(d.getString("_id").substring(2), d.getString("name"), d.getString("creditCode"),
                    d.getList("places", String.class, List.of()), d.getList("open", String.class, List.of()), Boolean.TRUE.equals(d.getBoolean("overflow")));
        }
    }

    /** An employer by its key (a name key finds an employer known by its code too), or null. */
    public Employer find(String key) {
        Document found = collection.find(new Document("_id", "e|" + key)).first();
        if (found == null && key.startsWith("name:")) {
            Document alias = collection.find(new Document("_id", "a|" + key)).first();
            found = alias == null ? null : collection.find(new Document("_id", "e|" + alias.getString("key"))).first();
        }
        return found == null ? null : Employer.of(found);
    }

    /** Employers with at least {@code min} open places (a scan of the employers: the early warning is cached by its reader). */
    public List<Employer> withOpen(int min) {
        List<Employer> found = new ArrayList<>();
        for (Document d : collection.find(new Document("_id", new Document("$regex", "^e\\|")).append("open." + (min - 1), new Document("$exists", true)))) {
            found.add(Employer.of(d));
        }
        return found;
    }
}
