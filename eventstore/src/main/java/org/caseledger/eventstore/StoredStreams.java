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

    /**
     * One text of the aggregate's first event as stored, at {@code path} inside its payload (e.g. unionBody, name), with
     * the payload's type: no personal data opened, nothing deserialized, only that field fetched. Not upcast: for a
     * field no upcaster changes; empty when the aggregate has no event.
     */
    Optional<StoredField> firstEventField(String aggregateId, String... path);

    /** A payload field as stored: the type its payload is read as, and the text (null when absent or not a text). */
    record StoredField(Class<?> payloadType, String text) {
    }

    /** The aggregate's events from sequence number {@code first} on, deserialized (and upcast). */
    java.util.List<DomainEventMessage<?>> eventsFrom(String aggregateId, long first);

    /** The sequence number of the aggregate's last stored event. */
    Optional<Long> lastSequenceNumberFor(String aggregateId);
}
