package org.caseledger.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.AbstractEventEntry;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Instant;

/** An event that belongs to no aggregate, as a tracking reader reads it (Axon's engines return these as plain events). */
final class TrackedApplicationEvent extends AbstractEventEntry<JsonNode> implements TrackedEventData<JsonNode> {

    private final TrackingToken token;

    TrackedApplicationEvent(TrackingToken token, String eventId, Instant timestamp, String payloadType, String payloadRevision,
                            JsonNode payload, JsonNode metadata) {
        super(eventId, timestamp, payloadType, payloadRevision, payload, metadata);
        this.token = token;
    }

    @Override
    public TrackingToken trackingToken() {
        return token;
    }
}
