package org.caseledger.api.support;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.caseledger.core.kernel.WageCaseEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tracking processor ("recorder") that notes every event it receives: case, sequence number, global index. */
@ProcessingGroup(EventRecorder.GROUP)
public class EventRecorder {

    public static final String GROUP = "test-recorder";

    /** position: the token's index when the event was handled (the highest index seen, not the event's own for a late one). */
    public record Received(String caseId, long seq, long position, String eventId) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(WageCaseEvent event, DomainEventMessage<?> message, TrackingToken token) {
        GapAwareTrackingToken position = (GapAwareTrackingToken) WrappedToken.unwrapLowerBound(token);
        received.add(new Received(message.getAggregateIdentifier(), message.getSequenceNumber(), position.getIndex(),
                message.getIdentifier()));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Registers the recorder in a node. */
    @Configuration
    public static class Config {
        @Bean
        public EventRecorder eventRecorder() {
            return new EventRecorder();
        }
    }
}
