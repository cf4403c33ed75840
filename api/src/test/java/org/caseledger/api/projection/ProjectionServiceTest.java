package org.caseledger.api.projection;

import org.caseledger.projections.timeline.TimelineDocuments;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.money.PaymentChannel;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.RecordPayment;
import org.caseledger.core.scenario.PingliangReferenceCaseTest;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.projections.ProjectionRunner;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.audit.CaseAudit;
import org.caseledger.projections.timeline.CaseTimeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read models in the running service: projection, rebuild into fresh collections, auditor views. */
class ProjectionServiceTest {

    static final Map<String, Object> NO_SWEEP = Map.of("caseledger.deadlines.sweep-enabled", false);

    static void awaitProjected(Node node, int generation, String caseId, long lastSeq) {
        ReadModels rm = node.bean(ReadModels.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document t = rm.generation(generation).timelines().find(new Document("_id", caseId)).first();
            return t != null && ((Number) t.get("lastSeq")).longValue() >= lastSeq;
        });
    }

    static Map<String, Document> everything(ReadModels.Generation g) {
        Map<String, Document> all = new TreeMap<>();
        for (var entry : Map.of("timelines", g.timelines(), "caselist", g.caseList(), "dashboard", g.dashboard()).entrySet()) {
            for (Document d : entry.getValue().find().into(new ArrayList<>())) {
                if (org.caseledger.projections.CachedParts.isRevisions(d)) {
                    continue; // how often parts were written, not what they hold
                }
                for (String setField : List.of("days", "ids")) {
                    if (d.get(setField) instanceof List<?> list) {
                        d.put(setField, list.stream().map(String::valueOf).sorted().toList());
                    }
                }
                all.put(entry.getKey() + "/" + d.get("_id"), d);
            }
        }
        // deadlines by what they answer: which day-buckets exist (empty ones stay behind) depends on batch boundaries
        all.put("deadlines/open", new Document("due", new org.caseledger.projections.deadlines.DeadlineBuckets(g.deadlines())
                .dueOnOrBefore(java.time.LocalDate.of(9999, 12, 31)).stream().map(Object::toString).toList()));
        return all;
    }

    @Test
    void a_rebuild_replays_everything_into_fresh_collections_and_switches_readers_only_when_caught_up() {
        try (Node node = Node.start(NO_SWEEP)) {
            for (int c = 0; c < 30; c++) {
                String id = "R-" + c;
                Cases.fileAndAssign(id).forEach(cmd -> node.commands().sendAndWait(cmd));
                node.commands().sendAndWait(Cases.meeting(id, "talks"));
                node.commands().sendAndWait(new RecordPayment(CaseId.of(id), PaymentId.of("P-" + c), ObligorId.of("EMP"),
                        PaymentChannel.DIRECT, Money.ofYuan("100"), List.of(new ClaimantAmount(ClaimantId.of("W1"), Money.ofYuan("100"))),
                        Cases.FILED.plusDays(2)));
            }
            for (int c = 0; c < 30; c++) {
                awaitProjected(node, 1, "R-" + c, 5);
            }
            ProjectionRunner runner = node.bean(ProjectionRunner.class);
            ReadModels rm = node.bean(ReadModels.class);
            int next = runner.rebuild();
            assertThat(next).isEqualTo(2);
            await().atMost(Duration.ofSeconds(60)).until(() -> rm.activeGeneration() == 2);
            // six events a case: filing, aid, officer, meeting, the part-payment and the arbitration year it restarts
            assertThat(runner.progress().eventsDone()).isEqualTo(180);
            assertThat(runner.progress().switched()).isTrue();

            Map<String, Document> before = everything(rm.generation(1));
            Map<String, Document> after = everything(rm.generation(2));
            assertThat(after.keySet()).isEqualTo(before.keySet()).hasSizeGreaterThan(60);
            before.forEach((key, doc) -> assertThat(after.get(key)).as(key).isEqualTo(doc));

            // the rebuilt generation is now the live one: new events land there
            node.commands().sendAndWait(Cases.meeting("R-0", "after the rebuild"));
            awaitProjected(node, 2, "R-0", 6);
            assertThat(node.bean(CaseAudit.class).verify("R-0").matches()).isTrue();
        }
    }

    @Test
    void auditors_see_the_history_the_state_as_of_any_day_and_a_verification() {
        try (Node node = Node.start(NO_SWEEP)) {
            List<Object> events = PingliangReferenceCaseTest.run().history();
            List<DomainEventMessage<?>> messages = new ArrayList<>();
            Instant recorded = Instant.parse("2026-11-01T01:00:00Z");
            for (int seq = 0; seq < events.size(); seq++) {
                messages.add(new GenericDomainEventMessage<>("WageCase", "PL-2025-001", seq, events.get(seq),
                        Map.of("actingUser", "officer-pl", "unionBody", "平凉市总工会", "correlationId", "import-" + seq),
                        "pl-event-" + seq, recorded.plusSeconds(seq)));
            }
            ((KeyedEventStorageEngine) node.bean(EventStorageEngine.class)).importEvents(messages);
            awaitProjected(node, 1, "PL-2025-001", events.size() - 1);
            CaseAudit audit = node.bean(CaseAudit.class);

            List<CaseAudit.HistoryEntry> history = audit.history("PL-2025-001");
            assertThat(history).hasSize(events.size());
            assertThat(history.get(0).type()).isEqualTo("WageClaimFiled");
            assertThat(history.get(0).actingUser()).isEqualTo("officer-pl");
            assertThat(history.get(3).correlationId()).isEqualTo("import-3");

            // as of three days of the case, rebuilt from the events
            CaseTimeline inCourt = audit.asOfDay("PL-2025-001", LocalDate.of(2025, 7, 20));
            assertThat(inCourt.stage).isEqualTo("LITIGATION");
            assertThat(inCourt.totals.receivedFen).isZero();
            CaseTimeline enforcing = audit.asOfDay("PL-2025-001", LocalDate.of(2025, 8, 20));
            assertThat(enforcing.stage).isEqualTo("ENFORCEMENT");
            assertThat(enforcing.enforcementState).isEqualTo("INVESTIGATING");
            assertThat(enforcing.obligors.stream().map(o -> o.obligorId).toList()).containsExactly("PL-EMPLOYER");
            CaseTimeline paid = audit.asOfDay("PL-2025-001", LocalDate.of(2025, 9, 20));
            assertThat(paid.stage).isEqualTo("CLOSED");
            assertThat(paid.totals.disbursedFen).isEqualTo(12_303_649L);
            assertThat(audit.asOfRecorded("PL-2025-001", recorded.plusSeconds(2)).events).isEqualTo(3);

            assertThat(audit.verify("PL-2025-001").matches()).isTrue();
            // a read model that drifted from its events is caught
            var timelines = node.bean(ReadModels.class).active().timelines();
            Document stored = timelines.find(new Document("_id", "PL-2025-001")).first();
            CaseTimeline drifted = TimelineDocuments.read(stored);
            drifted.totals.receivedFen = 1L;
            timelines.replaceOne(new Document("_id", "PL-2025-001"), TimelineDocuments.document("PL-2025-001", drifted));
            CaseAudit.Verification tampered = audit.verify("PL-2025-001");
            assertThat(tampered.matches()).isFalse();
            assertThat(tampered.differences()).singleElement().asString().startsWith("/totals/receivedFen");
        }
    }

    /** The store on its own node, projecting nothing; projecting nodes connect to it (a node caches the timelines it wrote). */
    static Node storeOnly() {
        return Node.start(Map.of("caseledger.projections.enabled", false, "caseledger.deadlines.sweep-enabled", false));
    }

    static Map<String, Object> projectingOn(Node store) {
        return Map.of("caseledger.mongodb-uri", store.embeddedConnectionString(), "caseledger.deadlines.sweep-enabled", false);
    }

    /** Files and assigns a case on a projecting node that is gone afterwards (and its cache with it). */
    static void fileAndProjectOnce(Map<String, Object> projecting, String caseId) {
        try (Node node = Node.start(projecting)) {
            Cases.fileAndAssign(caseId).forEach(cmd -> node.commands().sendAndWait(cmd));
            awaitProjected(node, 1, caseId, 2);
        }
    }

    @Test
    void a_case_whose_event_fails_to_project_is_dead_lettered_and_the_other_cases_go_on() {
        try (Node store = storeOnly()) {
            Map<String, Object> projecting = projectingOn(store);
            fileAndProjectOnce(projecting, "BAD-1");
            Object sound = store.bean(ReadModels.class).generation(1).timelines().find(new Document("_id", "BAD-1")).first().get("utf8");
            // the stored timeline of BAD-1 gets corrupted: projecting its next event fails on the next node
            store.bean(ReadModels.class).generation(1).timelines().updateOne(new Document("_id", "BAD-1"), new Document("$set",
                    new Document("utf8", new org.bson.types.Binary("{\"stages\": \"corrupt\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
            try (Node node = Node.start(projecting)) {
                node.commands().sendAndWait(Cases.meeting("BAD-1", "fails to project"));
                Cases.fileAndAssign("GOOD-1").forEach(cmd -> node.commands().sendAndWait(cmd));
                awaitProjected(node, 1, "GOOD-1", 2);

                var deadLetters = node.mongo().database().getCollection("deadletters");
                await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.countDocuments() >= 1);
                assertThat(deadLetters.find().first().getString("processingGroup")).isEqualTo(ProjectionRunner.processorName(1));
                assertThat(deadLetters.find().first().toJson()).contains("BAD-1");
                // the failed event changed nothing of BAD-1's read models
                assertThat(node.bean(ReadModels.class).generation(1).timelines().find(new Document("_id", "BAD-1")).first()
                        .get("lastSeq", Number.class).longValue()).isEqualTo(2);

                // an operator sees it, mends the cause and retries: the case catches up and the queue is empty
                ProjectionRunner runner = node.bean(ProjectionRunner.class);
                assertThat(runner.deadLetters()).singleElement().satisfies(d -> {
                    assertThat(d.caseId()).isEqualTo("BAD-1");
                    assertThat(d.sequence()).isEqualTo(3);
                    assertThat(d.eventType()).isEqualTo("CoordinationMeetingHeld");
                    assertThat(d.error()).isNotBlank();
                });
                assertThat(runner.deadLetteredCases()).isEqualTo(1);
                node.bean(ReadModels.class).generation(1).timelines().updateOne(new Document("_id", "BAD-1"),
                        new Document("$set", new Document("utf8", sound)));
                assertThat(runner.retryDeadLetters("BAD-1")).isEqualTo(1);
                awaitProjected(node, 1, "BAD-1", 3);
                assertThat(runner.deadLetteredCases()).isZero();
                assertThat(runner.deadLetters()).isEmpty();
            }
        }
    }

    @Test
    void read_models_in_the_older_layout_are_rebuilt_when_the_service_starts() {
        try (Node store = storeOnly()) {
            Map<String, Object> projecting = projectingOn(store);
            fileAndProjectOnce(projecting, "OLD-1");
            // as the previous release left them: no layout in the meta document, the timeline as nested fields
            ReadModels rm = store.bean(ReadModels.class);
            rm.database().getCollection("projection_meta").deleteMany(new Document());
            Document stored = rm.generation(1).timelines().find(new Document("_id", "OLD-1")).first();
            rm.generation(1).timelines().replaceOne(new Document("_id", "OLD-1"),
                    ReadModels.toDocument(TimelineDocuments.read(stored)).append("_id", "OLD-1"));
            assertThat(rm.activeIsOlderFormat()).isTrue();

            try (Node node = Node.start(projecting)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> rm.activeGeneration() == 2);
                Document rebuilt = rm.generation(2).timelines().find(new Document("_id", "OLD-1")).first();
                assertThat(TimelineDocuments.read(rebuilt).caseId).isEqualTo("OLD-1");
                assertThat(new org.caseledger.projections.caselist.CaseListQuery(rm)
                        .find(org.caseledger.projections.caselist.CaseListQuery.Filter.none(), LocalDate.of(2026, 1, 5), 0, 10)
                        .items()).extracting(e -> e.caseId).containsExactly("OLD-1");
                assertThat(rm.activeIsOlderFormat()).isFalse();
            }
        }
    }
}
