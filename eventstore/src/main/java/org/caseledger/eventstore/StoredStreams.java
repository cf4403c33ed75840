package org.caseledger.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;

import java.util.Optional;

/**
 * What the rest of the service may ask the event store about one aggregate's stream, each answered by key lookups:
 * the store's documents and key format stay the store's own.
 */
public interface StoredStreams {

    /** Whether event {@code seq} of the aggregate is stored. */
    boolean hasEvent(String aggregateId, long seq);

    /** Whether the aggregate has any event. */
    default boolean exists(String aggregateId) {
        return hasEvent(aggregateId, 0);
    }

    /** The aggregate's first event, deserialized (and upcast) as the aggregate would see it. */
    Optional<DomainEventMessage<?>> firstEvent(String aggregateId);

    /** The aggregate's events from sequence number {@code first} on, deserialized (and upcast). */
    java.util.List<DomainEventMessage<?>> eventsFrom(String aggregateId, long first);

    /** The sequence number of the aggregate's last stored event. */
    Optional<Long> lastSequenceNumberFor(String aggregateId);
}
