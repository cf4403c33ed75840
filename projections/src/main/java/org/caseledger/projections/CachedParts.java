package org.caseledger.projections;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The parts of a read model kept in parts (case list, dashboard), read through a cache that stays exact: each union
 * body's parts have a revisions document ({@code ~revs:<union body>}, a counter per part raised after each write of
 * the part, see {@link PartWrites}), so a query reads the revisions of the bodies it covers and fetches only the parts
 * whose revision moved since it last decoded them. At 100k cases a dashboard or a list page is then a lookup and a sum
 * in memory, not a read of every case's figures. A body without a revisions document (a generation written before
 * revisions existed) has its parts read every time, as before.
 */
public final class CachedParts<T> {

    /** The {@code _id} prefix of revisions documents. */
    public static final String REVISIONS = "~revs:";

    /** Whether a read-model document is a revisions document (how often parts were written, not what they hold). */
    public static boolean isRevisions(Document d) {
        return d.get("_id") instanceof String id && id.startsWith(REVISIONS);
    }

    /** The union body a part belongs to: what comes before the first '|' (dashboard cells) or the last '#' (case list). */
    public static String unionBodyOf(String partId) {
        int bar = partId.indexOf('|');
        return bar >= 0 ? partId.substring(0, bar) : partId.substring(0, partId.lastIndexOf('#'));
    }

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
    public Map<String, T> read(MongoCollection<Document> collection, Collection<String> wanted) {
        return read(collection, wanted, revisions(collection, wanted.stream().map(CachedParts::unionBodyOf).distinct().toList()));
    }

    /**
     * The revisions documents of these union bodies, by body (absent: none written yet). Equal answers mean no part of
     * theirs was written in between, so a caller may also keep a whole answer computed from them.
     */
    public static Map<String, Document> revisions(MongoCollection<Document> collection, Collection<String> unionBodies) {
        Map<String, Document> revisions = new HashMap<>();
        for (Document r : ReadModels.findByIds(collection, unionBodies.stream().map(b -> REVISIONS + b).toList())) {
            revisions.put(r.getString("_id").substring(REVISIONS.length()), r);
        }
        return revisions;
    }

    /** As above, with the revisions documents already read. */
    public Map<String, T> read(MongoCollection<Document> collection, Collection<String> wanted, Map<String, Document> revisions) {
        Map<String, List<String>> byBody = new LinkedHashMap<>();
        wanted.forEach(part -> byBody.computeIfAbsent(unionBodyOf(part), b -> new ArrayList<>()).add(part));
        String namespace = collection.getNamespace().getFullName() + "/";
        Map<String, T> found = new LinkedHashMap<>();
        Map<String, Long> stale = new LinkedHashMap<>();
        List<String> unrevised = new ArrayList<>();
        byBody.forEach((body, parts) -> {
            Document revs = revisions.get(body);
            if (revs == null) {
                unrevised.addAll(parts);
                return;
            }
            for (String part : parts) {
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
        });
        if (!stale.isEmpty()) {
            for (Document part : ReadModels.findByIds(collection, new ArrayList<>(stale.keySet()))) {
                String id = part.getString("_id");
                T value = decode.apply(part);
                cache.put(namespace + id, new Held<>(stale.get(id), value));
                found.put(id, value);
            }
        }
        if (!unrevised.isEmpty()) {
            for (Document part : ReadModels.findByIds(collection, unrevised)) {
                found.put(part.getString("_id"), decode.apply(part));
            }
        }
        return found;
    }
}
