package org.caseledger.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.time.Instant;
import java.util.Date;

/**
 * How an event looks in MongoDB: payload and metadata as readable documents (the JSON Jackson writes), so an
 * operator or auditor can read them with mongosh. One document per event:
 * {@code {_id: <global index>, key: "<aggregate>#<seq>", aggregateType, aggregateId, seq, eventId, timestamp,
 * payloadType, payloadRevision, payload, metadata}}.
 */
public final class EventDocuments {

    public static final String KEY = "key";
    static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private EventDocuments() {
    }

    /** The unique key of an aggregate's event: zero-padded so keys sort like sequence numbers. */
    public static String key(String aggregateId, long sequenceNumber) {
        if (sequenceNumber < 0) {
            return aggregateId + "#" + String.format("%010d", sequenceNumber);
        }
        // as String.format("%010d") pads it, without a Formatter per key (a case load builds a hundred keys)
        String digits = Long.toString(sequenceNumber);
        StringBuilder key = new StringBuilder(aggregateId.length() + 11).append(aggregateId).append('#');
        for (int i = digits.length(); i < 10; i++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }

    public static Document toDocument(long globalIndex, EventMessage<?> event, Serializer serializer) {
        String aggregateType = null;
        String aggregateId = event.getIdentifier();
        long seq = 0;
        if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            seq = domain.getSequenceNumber();
        }
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metadata = event.serializeMetaData(serializer, String.class);
        Document doc = new Document("_id", globalIndex)
                .append(KEY, key(aggregateId, seq))
                .append("aggregateType", aggregateType)
                .append("aggregateId", aggregateId)
                .append("seq", seq)
                .append("eventId", event.getIdentifier())
                .append("timestamp", Date.from(event.getTimestamp()))
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision());
        putJson(doc, "payload", payload.getData());
        putJson(doc, "metadata", metadata.getData());
        return doc;
    }

    public static DomainEventData<JsonNode> toEventData(Document doc) {
        return new GenericDomainEventEntry<>(doc.getString("aggregateType"), doc.getString("aggregateId"),
                ((Number) doc.get("seq")).longValue(), doc.getString("eventId"), timestamp(doc),
                doc.getString("payloadType"), doc.getString("payloadRevision"), json(doc, "payload"), json(doc, "metadata"));
    }

    /** As a tracking reader gets it: an application event (stored without an aggregate type) is not a domain event. */
    public static TrackedEventData<JsonNode> toTrackedEventData(TrackingToken token, Document doc) {
        if (doc.getString("aggregateType") == null) {
            return new TrackedApplicationEvent(token, doc.getString("eventId"), timestamp(doc), doc.getString("payloadType"),
                    doc.getString("payloadRevision"), json(doc, "payload"), json(doc, "metadata"));
        }
        return new TrackedDomainEventData<>(token, toEventData(doc));
    }

    public static Instant timestamp(Document doc) {
        return doc.getDate("timestamp").toInstant();
    }

    public static long globalIndex(Document doc) {
        return ((Number) doc.get("_id")).longValue();
    }

    /** JSON objects are stored as sub-documents; anything else (a bare string or number) as its JSON text. */
    private static void putJson(Document doc, String field, String json) {
        if (json.startsWith("{")) {
            doc.append(field, Document.parse(json));
        } else {
            doc.append(field + "Json", json);
        }
    }

    /** A payload or metadata as the JSON tree the serializer reads (see {@link BsonTrees}). */
    private static JsonNode json(Document doc, String field) {
        Document sub = doc.get(field, Document.class);
        String text = doc.getString(field + "Json");
        return sub != null ? BsonTrees.tree(sub) : text == null ? null : BsonTrees.parse(text);
    }
}
