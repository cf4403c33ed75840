package org.caseledger.api.cases;

import org.caseledger.core.kernel.MetadataKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.eventstore.StoredStreams;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a command on behalf of a user: with the metadata every event carries (acting user, union body,
 * correlation id, request time) and the version the client expects, timed per command type and outcome.
 */
@Component
public class CommandService {

    private final CommandGateway gateway;
    private final StoredStreams store;
    private final MeterRegistry meters;
    private final Clock clock;

    public CommandService(CommandGateway gateway, StoredStreams store, MeterRegistry meters, Clock clock) {
        this.gateway = gateway;
        this.store = store;
        this.meters = meters;
        this.clock = clock;
    }

    /** Sends the command and returns the version it produced (the sequence number of the last event it appended). */
    public long send(Object command, String caseId, CaseledgerUser user, Long expectedVersion, String correlationId) {
        return send(command, caseId, user, expectedVersion, correlationId, null);
    }

    /** As above, with the request's recorded idempotency key in the metadata of the events it appends. */
    public long send(Object command, String caseId, CaseledgerUser user, Long expectedVersion, String correlationId,
                     String idempotencyKey) {
        return sendForOutcome(command, caseId, user, expectedVersion, correlationId, idempotencyKey).version();
    }

    /** What a command produced: the version after it and the warnings its events were recorded with. */
    public record Outcome(long version, java.util.List<org.caseledger.core.kernel.CaseWarning> warnings) {
    }

    /** Sends the command and returns its version and the warnings it was recorded with. */
    public Outcome sendForOutcome(Object command, String caseId, CaseledgerUser user, Long expectedVersion, String correlationId,
                                  String idempotencyKey) {
        Map<String, Object> meta = new HashMap<>();
        meta.put(MetadataKeys.ACTING_USER, user.username());
        if (user.unionBody() != null) {
            meta.put(MetadataKeys.UNION_BODY, user.unionBody());
        }
        meta.put(MetadataKeys.CORRELATION_ID, correlationId);
        meta.put(MetadataKeys.REQUEST_TIME, Instant.now(clock).toString());
        if (expectedVersion != null) {
            meta.put(MetadataKeys.EXPECTED_VERSION, expectedVersion);
        }
        if (idempotencyKey != null) {
            meta.put(MetadataKeys.IDEMPOTENCY_KEY, idempotencyKey);
        }
        meta.put(AppendedVersion.ASK, true);
        long started = System.nanoTime();
        String outcome = "error";
        Object appended;
        try {
            appended = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
            outcome = "accepted";
        } catch (CaseRuleViolation refused) {
            outcome = "refused";
            throw refused;
        } catch (org.axonframework.modelling.command.ConcurrencyException
                 | org.axonframework.modelling.command.ConflictingModificationException conflict) {
            outcome = "conflict";
            throw conflict;
        } finally {
            Timer.builder("caseledger.commands").description("commands by type and outcome")
                    .tag("type", command.getClass().getSimpleName()).tag("outcome", outcome)
                    .register(meters).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        // the version this command's own events produced; a repeat that appended nothing answers the case as stored
        return appended instanceof AppendedVersion.Version v && v.last().isPresent() ? new Outcome(v.last().get(), v.warnings())
                : new Outcome(version(caseId), java.util.List.of());
    }

    /** The warnings of the case's events that carry this idempotency key (a repeated request answers as the first did). */
    public java.util.List<org.caseledger.core.kernel.CaseWarning> warningsRecordedUnder(String caseId, String idempotencyKey) {
        return store.eventsFrom(caseId, 0).stream().filter(m -> idempotencyKey.equals(m.getMetaData().get(MetadataKeys.IDEMPOTENCY_KEY)))
                .map(org.axonframework.messaging.Message::getPayload).filter(org.caseledger.core.kernel.WageCaseEvent.class::isInstance)
                .flatMap(p -> ((org.caseledger.core.kernel.WageCaseEvent) p).warnings().stream()).toList();
    }

    /** Whether the store holds event {@code seq} of the case (one key lookup). */
    public boolean hasEvent(String caseId, long seq) {
        return store.hasEvent(caseId, seq);
    }

    /** The last sequence number among the case's events that carry this idempotency key, if any. */
    public java.util.Optional<Long> versionRecordedUnder(String caseId, String idempotencyKey) {
        return store.eventsFrom(caseId, 0).stream().filter(m -> idempotencyKey.equals(m.getMetaData().get(MetadataKeys.IDEMPOTENCY_KEY)))
                .map(org.axonframework.eventhandling.DomainEventMessage::getSequenceNumber).max(Long::compare);
    }

    public long version(String caseId) {
        return store.lastSequenceNumberFor(caseId).orElse(-1L);
    }
}
