package org.caseledger.projections.audit;

import org.caseledger.projections.timeline.TimelineDocuments;
import org.caseledger.core.kernel.MetadataKeys;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.timeline.CaseTimeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What auditors need: a case's full history from the event store, its state as of any moment rebuilt from the
 * events (never from the projection), and a verification that the stored timeline is what the events say.
 */
public final class CaseAudit {

    /** One event of the history, with who recorded it and in which request. */
    public record HistoryEntry(long seq, String type, LocalDate occurredOn, Instant recordedAt, String actingUser,
                               String unionBody, String correlationId, Object payload) {
    }

    /** The result of verifying a case: the paths where the stored timeline differs from the events' replay. */
    public record Verification(String caseId, int events, boolean matches, List<String> differences) {
    }

    private final EventStore eventStore;
    private final ReadModels readModels;

    public CaseAudit(EventStore eventStore, ReadModels readModels) {
        this.eventStore = eventStore;
        this.readModels = readModels;
    }

    /** Every event of the case from the first one (snapshots are ignored: they are not history). */
    public List<HistoryEntry> history(String caseId) {
        List<HistoryEntry> history = new ArrayList<>();
        for (DomainEventMessage<?> m : events(caseId)) {
            Map<String, ?> meta = m.getMetaData();
            WageCaseEvent e = (WageCaseEvent) m.getPayload();
            history.add(new HistoryEntry(m.getSequenceNumber(), e.getClass().getSimpleName(), e.occurredOn(),
                    m.getTimestamp(), (String) meta.get(MetadataKeys.ACTING_USER), (String) meta.get(MetadataKeys.UNION_BODY),
                    (String) (meta.containsKey(MetadataKeys.CORRELATION_ID) ? meta.get(MetadataKeys.CORRELATION_ID)
                            : meta.get(MetadataKeys.LEGACY_CORRELATION_ID)), e));
        }
        return history;
    }

    /** The case as the store knew it at {@code recordedBy}: events recorded up to that instant. */
    public CaseTimeline asOfRecorded(String caseId, Instant recordedBy) {
        return fold(caseId, m -> !m.getTimestamp().isAfter(recordedBy));
    }

    /** The case as it stood at the end of {@code day} in the facts' own dates (occurredOn). */
    public CaseTimeline asOfDay(String caseId, LocalDate day) {
        return fold(caseId, m -> !((WageCaseEvent) m.getPayload()).occurredOn().isAfter(day));
    }

    /** Rebuilds the timeline from the events and compares it with the stored projection. */
    public Verification verify(String caseId) {
        CaseTimeline rebuilt = fold(caseId, m -> true);
        Document stored = readModels.active().timelines().find(new Document("_id", caseId)).first();
        List<String> differences = new ArrayList<>();
        if (stored == null) {
            differences.add("no stored timeline");
        } else {
            JsonNode expected = ReadModels.JSON.valueToTree(rebuilt);
            JsonNode actual = ReadModels.JSON.valueToTree(TimelineDocuments.read(stored));
            diff("", expected, actual, differences);
        }
        return new Verification(caseId, rebuilt.events, differences.isEmpty(), differences);
    }

    private CaseTimeline fold(String caseId, Predicate<DomainEventMessage<?>> include) {
        CaseTimeline timeline = new CaseTimeline();
        for (DomainEventMessage<?> m : events(caseId)) {
            if (include.test(m)) {
                timeline.apply((WageCaseEvent) m.getPayload(), m.getSequenceNumber(), m.getTimestamp());
            }
        }
        return timeline;
    }

    private List<DomainEventMessage<?>> events(String caseId) {
        List<DomainEventMessage<?>> all = new ArrayList<>();
        eventStore.readEvents(caseId, 0).asStream().filter(m -> m.getPayload() instanceof WageCaseEvent).forEach(all::add);
        return all;
    }

    static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode e = expected.get(name);
                JsonNode a = actual.get(name);
                if (e == null || a == null) {
                    out.add(path + "/" + name + (e == null ? " (not in the events)" : " (missing in the projection)"));
                } else {
                    diff(path + "/" + name, e, a, out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                diff(path + "/" + i, e.next(), a.next(), out);
            }
        } else {
            out.add(path + ": events say " + expected + ", projection has " + actual);
        }
    }
}
