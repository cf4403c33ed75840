package org.caseledger.eventstore;

import org.axonframework.eventhandling.DomainEventData;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An aggregate's events read in windows of keys sized to what the aggregate is likely to hold, not a whole batch at
 * a time: a lookup of a key that is not there costs the server as much as a hit, and most cases have a few dozen
 * events. The first window reaches one past the last event the engine knows of (stored or read), else
 * {@value #FIRST_WINDOW} keys; a window that comes back full is followed by one twice as large (up to the batch size);
 * one that comes back short ends the stream (a hole included: a stream never skips a sequence number).
 */
final class CaseLoadWindows {

    /** Keys asked for when loading an aggregate the engine knows nothing of. */
    static final int FIRST_WINDOW = 32;

    /** One window: the aggregate's events from {@code first}, at most {@code size} of them, gapless. */
    interface Fetch {
        List<? extends DomainEventData<?>> events(long first, int size);
    }

    private CaseLoadWindows() {
    }

    /**
     * @param known the sequence number of the last event the engine knows of, or -1
     */
    static Stream<DomainEventData<?>> from(long firstSequenceNumber, long known, int batchSize, Fetch fetch) {
        int first = known >= firstSequenceNumber
                ? (int) Math.min(batchSize, known - firstSequenceNumber + 2)
                : Math.min(batchSize, FIRST_WINDOW);
        Spliterator<DomainEventData<?>> windows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private long next = firstSequenceNumber;
            private int window = first;
            private boolean last;
            private Iterator<? extends DomainEventData<?>> current = Collections.emptyIterator();

            @Override
            public boolean tryAdvance(Consumer<? super DomainEventData<?>> action) {
                while (!current.hasNext()) {
                    if (last) {
                        return false;
                    }
                    List<? extends DomainEventData<?>> found = fetch.events(next, window);
                    last = found.size() < window;
                    next += found.size();
                    window = Math.min(batchSize, window * 2);
                    current = found.iterator();
                }
                action.accept(current.next());
                return true;
            }
        };
        return StreamSupport.stream(windows, false);
    }
}
