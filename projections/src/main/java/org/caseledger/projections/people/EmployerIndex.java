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

    /** Several namings: the employers' documents read in lookups by key, the changes written in one bulk write (an employer's together). */
    public void nameAll(List<Naming> namings) {
        if (namings.isEmpty()) {
            return;
        }
        java.util.Map<String, List<Naming>> byKey = new java.util.LinkedHashMap<>();
        namings.forEach(n -> byKey.computeIfAbsent(keyOf(n.name(), n.creditCode()), k -> new ArrayList<>()).add(n));
        java.util.Map<String, CappedLists.Fill> fills = CappedLists.of(collection, byKey.keySet().stream().map(k -> "e|" + k).toList(),
                "places", MAX_PLACES, "name", "creditCode", "overflow");
        List<WriteModel<Document>> writes = new ArrayList<>();
        java.util.Map<String, List<String>> namedBy = new java.util.LinkedHashMap<>();
        byKey.forEach((key, list) -> {
            CappedLists.Fill fill = fills.get("e|" + key);
            int room = MAX_PLACES - (fill == null ? 0 : fill.size());
            List<Naming> taken = list.subList(0, Math.max(0, Math.min(room, list.size())));
            Naming last = list.get(list.size() - 1);
            Document set = new Document("name", last.name());
            if (last.creditCode() != null) {
                set.append("creditCode", last.creditCode());
                // found by its name too: the name leads to the code's document
                writes.add(new UpdateOneModel<>(new Document("_id", "a|" + keyOf(last.name(), null)), new Document("$set", new Document("key", key)),
                        new UpdateOptions().upsert(true)));
            }
            if (taken.size() < list.size()) {
                // an employer named in thousands of matters: its page lists the first ones and says there are more
                set.append("overflow", true);
            }
            Document add = new Document("places", new Document("$each", taken.stream().map(Naming::place).toList()))
                    .append("open", new Document("$each", taken.stream().filter(Naming::open).map(Naming::place).toList()));
            boolean changesNothing = taken.isEmpty() && fill != null && set.entrySet().stream()
                    .allMatch(e -> java.util.Objects.equals(e.getValue(), fill.fields().get(e.getKey())));
            if (!changesNothing) { // a full employer named again under the same name: its document stays as it is
                writes.add(new UpdateOneModel<>(new Document("_id", "e|" + key), new Document("$set", set).append("$addToSet", add),
                        new UpdateOptions().upsert(true)));
            }
            taken.forEach(n -> namedBy.computeIfAbsent(n.owner(), o -> new ArrayList<>()).add(key + "\u0000" + n.place()));
        });
        namedBy.forEach((owner, named) -> writes.add(new UpdateOneModel<>(new Document("_id", "r|" + owner),
                new Document("$addToSet", new Document("named", new Document("$each", named))), new UpdateOptions().upsert(true))));
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes);
        }
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
