package org.caseledger.eventstore;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads of the events in their global order, each a lookup of {@code _id} (the global index) with {@code $in}: a window
 * of indexes, the head of the store, the first event at an instant.
 */
final class GlobalOrder {

    private final MongoCollection<Document> events;
    private final GlobalIndexAllocator allocator;

    GlobalOrder(MongoCollection<Document> events, GlobalIndexAllocator allocator) {
        this.events = events;
        this.allocator = allocator;
    }

    static List<Long> range(long fromInclusive, long toInclusive) {
        List<Long> ids = new ArrayList<>((int) Math.max(0, toInclusive - fromInclusive + 1));
        for (long i = fromInclusive; i <= toInclusive; i++) {
            ids.add(i);
        }
        return ids;
    }

    List<Document> find(List<Long> indexes) {
        return events.find(new Document("_id", new Document("$in", indexes))).into(new ArrayList<>());
    }

    long highestAllocated() {
        return allocator.highestAllocated();
    }

    /**
     * At the newest event among the last 100 indexes handed out; indexes below it not written yet stay gaps,
     * so commits still in flight are not lost to a processor that starts at the head.
     */
    GapAwareTrackingToken head() {
        long head = allocator.highestAllocated();
        List<Long> recent = range(Math.max(1, head - 99), head);
        Set<Long> present = events.find(new Document("_id", new Document("$in", recent))).projection(new Document("_id", 1))
                .map(EventDocuments::globalIndex).into(new HashSet<>()); // which exist, not what they hold
        if (present.isEmpty()) {
            return GapAwareTrackingToken.newInstance(Math.max(0, head - 100), List.of());
        }
        long newest = present.stream().mapToLong(Long::longValue).max().getAsLong();
        return GapAwareTrackingToken.newInstance(newest, recent.stream().filter(i -> i < newest && !present.contains(i)).toList());
    }

    /**
     * Just before the first event at or after {@code instant}: a bisection over the global index comparing
     * timestamps (point lookups only). Timestamps come from the appending nodes' clocks and are nearly, not
     * strictly, monotone in the index.
     */
    GapAwareTrackingToken at(Instant instant) {
        long low = 1;
        long high = allocator.highestAllocated();
        if (high == 0) {
            return GapAwareTrackingToken.newInstance(0, List.of());
        }
        // invariant: every event below `low` is before instant; the answer lies in [low, high + 1]
        long answer = high + 1;
        while (low <= high) {
            long mid = low + (high - low) / 2;
            Optional<Document> probe = firstAtOrAfter(mid, high);
            if (probe.isEmpty()) {
                high = mid - 1;
                continue;
            }
            long index = EventDocuments.globalIndex(probe.get());
            if (EventDocuments.timestamp(probe.get()).isBefore(instant)) {
                low = index + 1;
            } else {
                answer = index;
                high = mid - 1;
            }
        }
        return GapAwareTrackingToken.newInstance(answer - 1, List.of());
    }

    /** The first event stored at index {@code from} or after it (up to {@code to}), looked up in small windows. */
    private Optional<Document> firstAtOrAfter(long from, long to) {
        for (long start = from; start <= to; start += 32) {
            Optional<Document> first = find(range(start, Math.min(start + 31, to))).stream().min(Comparator.comparingLong(EventDocuments::globalIndex));
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }
}
