package org.caseledger.embedded;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.NumericUtils;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An update of one document named by its string {@code _id}, applied by copying only what it changes: the top-level
 * map and the nested documents on each changed path, the rest of the stored document shared with the new one. The
 * server's general path deep-clones the stored document, builds a second whole copy, compares the two whole, then
 * writes the first back in place — for a read model's part document (a few hundred rows, one of which changed) a
 * fifth of a rebuild's CPU.
 * <p>
 * Handled: {@code $set}, {@code $unset}, {@code $inc} and {@code $addToSet} (a value or {@code $each}) on plain
 * paths, and a whole replacement. Anything else — array positions or filters, paths that overlap each other or an
 * index's key, an intermediate field that is not a document, a value of the wrong type for its operator — is left to
 * the server's general path ({@link #of} or {@link #applyTo} answer null), which applies it or gives MongoDB's error.
 * The stored document is never changed in place: a reader holding it keeps a consistent document.
 * <p>
 * Two answers differ from the general path's, each to MongoDB's own: a {@code $set} of an equal number of another type
 * (1 as a long where an int is stored) stores the value as sent, and a replacement keeps its own field order (the
 * general path kept the stored document's order for the fields both have).
 */
final class KeyPatch {

    private static final Set<String> OPERATORS = Set.of("$set", "$unset", "$inc", "$addToSet");

    /** One field's change: the operator, the field's path split at its dots, the operand. */
    private record Change(String operator, List<String> path, Object value) {
    }

    private final String id;
    private final Document replacement; // null for a patch of changes
    private final List<Change> changes;

    private KeyPatch(String id, Document replacement, List<Change> changes) {
        this.id = id;
        this.replacement = replacement;
        this.changes = changes;
    }

    /** The {@code _id} of the one document the update names. */
    String id() {
        return id;
    }

    /**
     * The patch for an update of one document selected by {@code {_id: <string>}}, or null when the update is not of
     * a shape handled here.
     */
    static KeyPatch of(Document selector, Document update, boolean multi, boolean arrayFiltersEmpty, String idField,
                       List<? extends Index<?>> indexes) {
        if (multi || !arrayFiltersEmpty || idField == null || selector.size() != 1 || !(selector.get(idField) instanceof String id)
                || update.isEmpty()) {
            return null;
        }
        boolean anyOperator = update.keySet().stream().anyMatch(k -> k.startsWith("$"));
        if (!anyOperator) {
            Object newId = update.get(idField);
            boolean plainNames = update.keySet().stream().noneMatch(k -> k.isEmpty() || k.contains("."));
            return plainNames && (newId == null && !update.containsKey(idField) || id.equals(newId)) ? new KeyPatch(id, update, List.of()) : null;
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Object> operator : update.entrySet()) {
            if (!OPERATORS.contains(operator.getKey()) || !(operator.getValue() instanceof Document fields) || fields.isEmpty()) {
                return null;
            }
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                List<String> path = plainPath(field.getKey());
                if (path == null || path.get(0).equals(idField) || !valueHandled(operator.getKey(), field.getValue())) {
                    return null;
                }
                for (Change earlier : changes) {
                    if (overlap(earlier.path(), path)) {
                        return null; // MongoDB refuses conflicting paths
                    }
                }
                changes.add(new Change(operator.getKey(), path, field.getValue()));
            }
        }
        for (Index<?> index : indexes) {
            for (IndexKey key : index.getKeys()) {
                List<String> plain = plainPath(key.getKey());
                List<String> indexed = plain == null ? List.of(key.getKey()) : plain;
                if (changes.stream().anyMatch(c -> overlap(c.path(), indexed))) {
                    return null; // a changed index key must update the index
                }
            }
        }
        return new KeyPatch(id, null, changes);
    }

    /** The fragments of a dotted path, or null when a fragment is empty, an operator or an array position. */
    private static List<String> plainPath(String path) {
        List<String> fragments = List.of(path.split("\\.", -1));
        for (String f : fragments) {
            if (f.isEmpty() || f.startsWith("$") || f.chars().allMatch(Character::isDigit)) {
                return null;
            }
        }
        return fragments;
    }

    private static boolean valueHandled(String operator, Object value) {
        return switch (operator) {
            case "$inc" -> value instanceof Integer || value instanceof Long || value instanceof Double;
            case "$addToSet" -> !(value instanceof Document d) || d.keySet().stream().noneMatch(k -> k.startsWith("$"))
                    || d.size() == 1 && d.get("$each") instanceof List<?>;
            case "$set" -> !(value instanceof Document d) || d.keySet().stream().noneMatch(k -> k.startsWith("$"));
            default -> true;
        };
    }

    /** Whether one path is the other or lies inside it. */
    private static boolean overlap(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        return a.subList(0, n).equals(b.subList(0, n));
    }

    /** The result of applying the patch: the document to store, and whether it differs from the stored one. */
    record Applied(Document document, boolean changed) {
    }

    /** The updated copy of {@code stored}, or null when the general path must apply it (it then reports the error). */
    Applied applyTo(Document stored, String idField) {
        if (replacement != null) {
            Document next = new Document(idField, stored.get(idField));
            replacement.forEach((k, v) -> {
                if (!k.equals(idField)) {
                    next.put(k, v);
                }
            });
            return new Applied(next, !next.equals(stored));
        }
        Document next = new Document(stored);
        Set<Document> copies = Collections.newSetFromMap(new IdentityHashMap<>());
        copies.add(next);
        boolean changed = false;
        for (Change change : changes) {
            Boolean one = applyOne(next, copies, change.operator(), change.path(), change.value());
            if (one == null) {
                return null;
            }
            changed |= one;
        }
        return new Applied(next, changed);
    }

    /** One field's change; true if it changed the document, null if the general path must apply the update. */
    private static Boolean applyOne(Document root, Set<Document> copies, String operator, List<String> path, Object value) {
        boolean removing = operator.equals("$unset");
        Document parent = root;
        for (String fragment : path.subList(0, path.size() - 1)) {
            Object child = parent.get(fragment);
            if (child == null && !parent.containsKey(fragment)) {
                if (removing) {
                    return false; // nothing there to remove
                }
                Document created = new Document();
                copies.add(created);
                parent.put(fragment, created);
                parent = created;
            } else if (child instanceof Document nested) {
                Document own = copies.contains(nested) ? nested : new Document(nested);
                if (own != nested) {
                    copies.add(own);
                    parent.put(fragment, own);
                }
                parent = own;
            } else {
                return null; // not a document: MongoDB's error (or an array position) from the general path
            }
        }
        String leaf = path.get(path.size() - 1);
        boolean present = parent.containsKey(leaf);
        Object old = parent.get(leaf);
        switch (operator) {
            case "$set" -> {
                if (present && Objects.equals(old, value)) {
                    return false;
                }
                parent.put(leaf, value);
                return true;
            }
            case "$unset" -> {
                if (!present) {
                    return false;
                }
                parent.remove(leaf);
                return true;
            }
            case "$inc" -> {
                if (old != null && !(old instanceof Number)) {
                    return null;
                }
                Number sum = NumericUtils.addNumbers(old == null ? Integer.valueOf(0) : (Number) old, (Number) value);
                if (present && Objects.equals(old, sum)) {
                    return false;
                }
                parent.put(leaf, sum);
                return true;
            }
            case "$addToSet" -> {
                if (old != null && !(old instanceof List<?>)) {
                    return null;
                }
                List<Object> list = old == null ? new ArrayList<>() : new ArrayList<>((List<?>) old);
                Set<Object> held = new HashSet<>(list);
                boolean added = !present;
                for (Object v : value instanceof Document d && d.containsKey("$each") ? (List<?>) d.get("$each") : Collections.singletonList(value)) {
                    if (held.add(v)) {
                        list.add(v);
                        added = true;
                    }
                }
                if (added) {
                    parent.put(leaf, list);
                }
                return added;
            }
            default -> {
                return null;
            }
        }
    }
}
