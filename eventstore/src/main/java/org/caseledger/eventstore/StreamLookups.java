package org.caseledger.eventstore;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine's answers about one aggregate's stream that are not a load of it ({@link StoredStreams}): whether an
 * event is stored, the last sequence number, the first event and one field of it — each a lookup by the unique key.
 */
final class StreamLookups {

    private final MongoCollection<Document> events;
    private final PayloadProtection protection;
    private final Serializer serializer;
    private final EventUpcaster upcasterChain;

    StreamLookups(MongoCollection<Document> events, PayloadProtection protection, Serializer serializer,
                  EventUpcaster upcasterChain) {
        this.events = events;
        this.protection = protection;
        this.serializer = serializer;
        this.upcasterChain = upcasterChain;
    }

    /** The last sequence number without a scan: probe 0, 1, 3, 7, … then bisect (O(log n) key lookups). */
    Optional<Long> lastSequenceNumberFor(String aggregateId) {
        if (!hasEvent(aggregateId, 0)) {
            return Optional.empty();
        }
        long present = 0;
        long probe = 1;
        while (hasEvent(aggregateId, probe)) {
            present = probe;
            probe = probe * 2 + 1;
        }
        long missing = probe;
        while (missing - present > 1) {
            long mid = present + (missing - present) / 2;
            if (hasEvent(aggregateId, mid)) {
                present = mid;
            } else {
                missing = mid;
            }
        }
        return Optional.of(present);
    }

    /** Whether event {@code seq} of the aggregate is stored: one lookup by the unique key. */
    boolean hasEvent(String aggregateId, long seq) {
        return events.find(new Document(EventDocuments.KEY, EventDocuments.key(aggregateId, seq)))
                .projection(new Document("_id", 1)).first() != null;
    }

    /** One lookup by the unique key, deserialized through the upcaster chain like every read. */
    Optional<DomainEventMessage<?>> firstEvent(String aggregateId) {
        Document doc = events.find(new Document(EventDocuments.KEY, EventDocuments.key(aggregateId, 0))).first();
        if (doc == null) {
            return Optional.empty();
        }
        return EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(EventDocuments.toEventData(protection.open(doc))), serializer, upcasterChain)).findFirst().map(m -> m);
    }

    /** One lookup by the unique key, projected to the payload's type and the one field. */
    Optional<StoredStreams.StoredField> firstEventField(String aggregateId, String... path) {
        String dotted = "payload." + String.join(".", path);
        Document doc = events.find(new Document(EventDocuments.KEY, EventDocuments.key(aggregateId, 0)))
                .projection(new Document("payloadType", 1).append("payloadRevision", 1).append(dotted, 1)).first();
        if (doc == null) {
            return Optional.empty();
        }
        Object value = doc.get("payload");
        for (String name : path) {
            value = value instanceof Document d ? d.get(name) : null;
        }
        Class<?> type = serializer.classForType(
                new SimpleSerializedType(doc.getString("payloadType"), doc.getString("payloadRevision")));
        return Optional.of(new StoredStreams.StoredField(type, value instanceof String text ? text : null));
    }
}
