package org.caseledger.projections;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The parts of a read model kept in parts (case list, dashboard), read through a cache that stays exact: the index
 * document holds a revision per part, raised after each write of the part ({@link PartWrites}), so a query reads the
 * one index document and fetches only the parts whose revision moved since it last decoded them. At 100k cases a
 * dashboard or a list page is then a lookup and a sum in memory, not a read of every case's figures.
 * Parts of a generation written before revisions existed are read every time, as before.
 */
public final class CachedParts<T> {

    /** The index document's field that maps each part (as a field key) to its revision. */
    public static final String REVS = "revs";

    private record Held<T>(long revision, T value) {
    }

    private final Cache<String, Held<T>> cache;
    private final Function<Document, T> decode;

    /**
     * @param maxWeight what the cache may hold, in the weigher's units
     * @param weigher   the weight of a decoded part (e.g. its rows)
     * @param decode    a part document as this read model uses it
     */
    public CachedParts(long maxWeight, ToIntFunction<T> weigher, Function<Document, T> decode) {
        this.cache = Caffeine.newBuilder().maximumWeight(maxWeight).<String, Held<T>>weigher((k, v) -> Math.max(1, weigher.applyAsInt(v.value())))
                // a part whose revision was not raised (a node killed between its two writes) is read again in time
                .expireAfterWrite(Duration.ofMinutes(10)).build();
        this.decode = decode;
    }

    /** The existing parts among {@code wanted}, decoded, by part id (in no particular order). */
    public Map<String, T> read(MongoCollection<Document> collection, Document index, Collection<String> wanted) {
        Document revs = index == null ? null : index.get(REVS, Document.class);
        Map<String, T> found = new LinkedHashMap<>();
        if (revs == null) {
            for (Document part : ReadModels.findByIds(collection, new ArrayList<>(wanted))) {
                found.put(part.getString("_id"), decode.apply(part));
            }
            return found;
        }
        String namespace = collection.getNamespace().getFullName() + "/";
        Map<String, Long> stale = new LinkedHashMap<>();
        for (String part : wanted) {
            Number revision = revs.get(ReadModels.fieldKey(part), Number.class);
            if (revision == null) {
                continue; // never written: no such part
            }
            Held<T> held = cache.getIfPresent(namespace + part);
            if (held != null && held.revision() == revision.longValue()) {
                found.put(part, held.value());
            } else {
                stale.put(part, revision.longValue());
            }
        }
        if (!stale.isEmpty()) {
            List<Document> fetched = ReadModels.findByIds(collection, new ArrayList<>(stale.keySet()));
            for (Document part : fetched) {
                String id = part.getString("_id");
                T value = decode.apply(part);
                cache.put(namespace + id, new Held<>(stale.get(id), value));
                found.put(id, value);
            }
        }
        return found;
    }
}
