package org.caseledger.api.store;

import org.caseledger.eventstore.EventDocuments;
import org.caseledger.eventstore.GlobalIndexAllocator;
import org.bson.Document;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.EventRecorder;
import org.caseledger.api.support.Node;
import org.caseledger.core.supervision.JointMechanismActivated;
import org.caseledger.core.supervision.JointPartner;
import org.caseledger.core.kernel.CaseId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A pooled streaming processor on the engine: every event once, in order per case, late commits included. */
class TrackingProcessorTest {

    @Test
    void eight_client_threads_on_200_cases_every_event_reaches_the_processor_once_in_case_order() throws Exception {
        try (Node node = Node.start(Map.of(), EventRecorder.Config.class)) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 200; c++) {
                String id = "C-" + c;
                done.add(clients.submit(() -> Cases.fileAndAssign(id).forEach(cmd -> node.commands().sendAndWait(cmd))));
            }
            for (Future<?> f : done) {
                f.get();
            }
            done.clear();
            for (int t = 0; t < 8; t++) {
                done.add(clients.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String id = "C-" + ThreadLocalRandom.current().nextInt(200);
                        node.commands().sendAndWait(Cases.meeting(id, "meeting " + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            clients.shutdown();

            long stored = node.mongo().database().getCollection("events").countDocuments();
            assertThat(stored).isEqualTo(200 * 3 + 8 * 50);
            EventRecorder recorder = node.bean(EventRecorder.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.received().size() >= stored);

            List<EventRecorder.Received> got = recorder.received();
            assertThat(got).hasSize((int) stored);
            assertThat(got).extracting(EventRecorder.Received::eventId).doesNotHaveDuplicates();
            Map<String, List<Long>> perCase = got.stream().collect(Collectors.groupingBy(EventRecorder.Received::caseId,
                    Collectors.mapping(EventRecorder.Received::seq, Collectors.toList())));
            assertThat(perCase).hasSize(200);
            perCase.forEach((id, seqs) -> assertThat(seqs).as(id).isSorted().doesNotHaveDuplicates().startsWith(0L, 1L, 2L));
        }
    }

    @Test
    void a_commit_that_lands_late_behind_later_events_still_reaches_the_processor() {
        try (Node node = Node.start(Map.of(), EventRecorder.Config.class)) {
            var db = node.mongo().database();
            long reserved = new GlobalIndexAllocator(db.getCollection("counters")).allocate(1); // a writer stalls here
            Cases.fileAndAssign("C-1").forEach(c -> node.commands().sendAndWait(c));          // later commits overtake it
            EventRecorder recorder = node.bean(EventRecorder.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> recorder.received().size() == 3);

            // the stalled writer finally inserts its event at the reserved index
            JointMechanismActivated late = new JointMechanismActivated(CaseId.of("LATE-1"), Set.of(JointPartner.COURT), LocalDate.of(2025, 6, 9));
            Serializer serializer = node.bean(org.axonframework.config.Configuration.class).eventSerializer();
            db.getCollection("events").insertOne(EventDocuments.toDocument(reserved,
                    new GenericDomainEventMessage<>("WageCase", "LATE-1", 0, late), serializer));

            await().atMost(Duration.ofSeconds(20)).until(() -> recorder.received().size() == 4);
            EventRecorder.Received last = recorder.received().get(3);
            assertThat(last.caseId()).isEqualTo("LATE-1");
            // a filled gap leaves the token's position where it was (the highest index seen), with the gap gone
            assertThat(last.position()).isGreaterThan(reserved);
            assertThat(db.getCollection("events").find(new Document("_id", reserved)).first()).isNotNull();
        }
    }
}
