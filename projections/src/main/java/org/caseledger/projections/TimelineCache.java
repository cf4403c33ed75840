package org.caseledger.projections;

import org.caseledger.projections.timeline.CaseTimeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently projected timelines, as they were last written, so the next event of an active case is
 * applied without reading its timeline back. A batch takes an entry out while it works on the case and puts
 * it back only after its writes succeeded, so an entry always equals what is stored (or is missing). Another
 * node may have advanced the case since (segments move between nodes): the batch checks the sequence number
 * and reads the stored timeline when it is not the next one.
 */
final class TimelineCache {

    private final int capacity;
    private final LinkedHashMap<String, CaseTimeline> entries;

    TimelineCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CaseTimeline> eldest) {
                return size() > TimelineCache.this.capacity;
            }
        };
    }

    synchronized CaseTimeline take(String caseId) {
        return entries.remove(caseId);
    }

    synchronized void put(String caseId, CaseTimeline timeline) {
        entries.put(caseId, timeline);
    }

    synchronized boolean contains(String caseId) {
        return entries.containsKey(caseId);
    }
}
