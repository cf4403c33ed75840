package org.caseledger.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gaps of an engine's tracking readers, as Axon's {@link GapAwareTrackingToken} keeps them: a global index reserved
 * but not yet written is waited for, and given up only after the gap timeout, so an event committed late is still
 * delivered; one reserved long ago and never written is not worth waiting for.
 */
final class TrackingGaps {

    private static final Logger log = LoggerFactory.getLogger(TrackingGaps.class);
    /** How far behind the newest index a gap is still waited for (Axon's default). */
    private static final int MAX_GAP_OFFSET = 10_000;

    private final Duration gapTimeout;
    private final Clock clock;
    /** When this engine first saw each open gap (gaps are rare; entries leave when the gap does). */
    private final Map<Long, Instant> firstSeen = new ConcurrentHashMap<>();
    /** Global indexes given up on (the last 10,000): the engine's other readers drop them without waiting again. */
    private final RecentSet<Long> givenUp = new RecentSet<>(10_000, false);

    TrackingGaps(Duration gapTimeout, Clock clock) {
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** Gaps not filled by this fetch are given up once this engine has waited the gap timeout for them. */
    GapAwareTrackingToken withoutStale(GapAwareTrackingToken token, java.util.List<org.bson.Document> found) {
        if (!token.hasGaps()) {
            return token;
        }
        Set<Long> filled = found.stream().map(EventDocuments::globalIndex).collect(java.util.stream.Collectors.toSet());
        Instant now = clock.instant();
        SortedSet<Long> kept = new TreeSet<>();
        for (Long gap : token.getGaps()) {
            if (!filled.contains(gap) && givenUp.contains(gap)) {
                continue; // another reader of this engine waited for it already: dropped at once, reported once
            }
            Instant since = firstSeen.computeIfAbsent(gap, g -> now);
            if (filled.contains(gap) || Duration.between(since, now).compareTo(gapTimeout) < 0) {
                kept.add(gap);
            } else {
                if (givenUp.add(gap)) {
                    log.warn("Giving up on global index {}: reserved but not written within {} (a failed or crashed commit)", gap, gapTimeout);
                }
                firstSeen.remove(gap);
            }
        }
        return kept.size() == token.getGaps().size() ? token : GapAwareTrackingToken.newInstance(token.getIndex(), kept);
    }

    /**
     * The token past the event at {@code index}: the indexes it skips become gaps, unless the event is older than the
     * gap timeout (they were reserved long ago and never written).
     */
    GapAwareTrackingToken advance(GapAwareTrackingToken current, long index, Instant timestamp) {
        long previousIndex = current.getIndex();
        GapAwareTrackingToken next = current.advanceTo(index, MAX_GAP_OFFSET);
        if (index > previousIndex + 1 && Duration.between(timestamp, clock.instant()).compareTo(gapTimeout) > 0) {
            SortedSet<Long> kept = new TreeSet<>(next.getGaps());
            kept.removeIf(g -> g > previousIndex && g < index);
            next = GapAwareTrackingToken.newInstance(next.getIndex(), kept);
        }
        return next;
    }

    /** After a fetch: forgets when it first saw gaps that are no longer open. */
    void openNow(Set<Long> gaps) {
        firstSeen.keySet().retainAll(gaps);
    }
}
