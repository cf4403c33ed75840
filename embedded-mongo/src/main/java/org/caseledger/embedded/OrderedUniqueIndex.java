package org.caseledger.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A unique index of the embedded server kept in an H2 map ordered by {@link IndexKeyOrder}. A lookup of listed keys
 * ({@code {field: {$in: [...]}}}, the engine's every read) is answered here in the index's own order, without the
 * server's generic value sorting, and marked as such ({@link KeyLookup}) so that its documents are not matched against
 * the list again.
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    OrderedUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /**
     * For {@code {field: {$in: [...]}}} on this single-field index: the positions of the listed keys, each once, in key
     * order (as the server's own answer, and a real MongoDB's index scan, give them). Any other query as the server does.
     */
    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Collection<?> listed = listedKeys(query);
        if (listed == null) {
            return super.getPositions(query);
        }
        TreeSet<KeyValue> keys = new TreeSet<>(map.getKeyType()::compare); // the index's own order
        for (Object value : listed) {
            keys.add(new KeyValue(value).normalized());
        }
        KeyLookup positions = new KeyLookup(keys.size());
        for (KeyValue key : keys) {
            Object position = map.get(key);
            if (position != null) {
                positions.add(position);
            }
        }
        return positions;
    }

    /** The values of {@code {field: {$in: [...]}}} when the query is exactly that, on this index's one field; else null. */
    private Collection<?> listedKeys(Document query) {
        if (getKeys().size() != 1 || query.size() != 1 || !(query.get(keys().get(0)) instanceof Document condition)
                || condition.size() != 1 || !(condition.get("$in") instanceof Collection<?> values)) {
            return null;
        }
        return values;
    }

    /**
     * The positions of documents found by their keys: each document's key is one of the keys asked for (the index maps
     * a key to its document), so the document matches the query without being compared with the list again.
     */
    static final class KeyLookup extends ArrayList<Object> {
        KeyLookup(int capacity) {
            super(capacity);
        }
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
