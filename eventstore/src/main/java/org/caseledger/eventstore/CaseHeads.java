package org.caseledger.eventstore;

import org.bson.Document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last event of each of the aggregates an engine wrote or read recently (a bounded, least recently used set), so
 * that the next commit of the same aggregate links its hash chain without a lookup and the next load knows how far to
 * ask. Safe with several writers: a sequence number is stored once (the unique key), so the hash of event n, once
 * stored, is the hash of event n for everyone; a commit that failed is never remembered.
 */
final class CaseHeads {

    private record Head(long seq, String hash) {
    }

    private final Map<String, Head> recent;

    CaseHeads(int capacity) {
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The remembered hash of the aggregate's event {@code seq}, or null when that is not the event remembered. */
    String hashAt(String aggregate, long seq) {
        Head h = recent.get(aggregate);
        return h != null && h.seq() == seq ? h.hash() : null;
    }

    /** An aggregate's event as it was read from the store (only one with a hash: one without is looked up and refused). */
    void read(String aggregate, long seq, String hash) {
        if (hash != null) {
            recent.put(aggregate, new Head(seq, hash));
        } else {
            recent.remove(aggregate); // nothing remembered from before may stand in for what the store holds now
        }
    }

    /** The sequence number of the aggregate's remembered event, or -1. */
    long seqOf(String aggregate) {
        Head h = recent.get(aggregate);
        return h == null ? -1 : h.seq();
    }

    /** After a successful insert: the last event of each aggregate in it. */
    void stored(List<Document> docs) {
        for (Document d : docs) {
            if (d.getString(CaseChain.HASH) != null) {
                recent.put(d.getString("aggregateId"), new Head(((Number) d.get("seq")).longValue(), d.getString(CaseChain.HASH)));
            }
        }
    }
}
