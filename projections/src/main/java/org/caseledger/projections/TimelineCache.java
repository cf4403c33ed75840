package org.caseledger.projections;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.caseledger.projections.timeline.CaseTimeline;


/**
 * The most recently projected timelines, as they were last written, so the next event of an active case is
 * applied without reading its timeline back. A batch takes an entry out while it works on the case and puts
 * it back only after its writes succeeded, so an entry always equals what is stored (or is missing). Another
 * node may have advanced the case since (segments move between nodes): the batch checks the sequence number
 * and reads the stored timeline when it is not the next one.
 */
final class TimelineCache {

    private final Cache<String, CaseTimeline> entries;

    TimelineCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    CaseTimeline take(String caseId) {
        return entries.asMap().remove(caseId);
    }

    void put(String caseId, CaseTimeline timeline) {
        entries.put(caseId, timeline);
    }

    boolean contains(String caseId) {
        return entries.getIfPresent(caseId) != null;
    }
}
