package org.caseledger.eventstore;

import org.caseledger.embedded.testing.TestClock;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseledger.eventstore.EngineHarness.event;
import static org.caseledger.eventstore.EngineHarness.index;

class KeyedEventStorageEngineTest {

    EngineHarness h = new EngineHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void a_case_is_read_back_in_order_across_several_key_batches() {
        for (int seq = 0; seq < 250; seq++) {
            h.engine.appendEvents(event("C-1", seq));
        }
        h.engine.appendEvents(event("C-2", 0));
        List<Long> seqs = h.engine.readEvents("C-1").asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(seqs).hasSize(250).isSorted().startsWith(0L).endsWith(249L);
        assertThat(h.engine.readEvents("C-1", 240).asStream().count()).isEqualTo(10);
        assertThat(h.engine.lastSequenceNumberFor("C-1")).contains(249L);
        assertThat(h.engine.lastSequenceNumberFor("C-2")).contains(0L);
        assertThat(h.engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void a_case_another_node_wrote_loads_whole_in_windows_that_grow_past_the_first() {
        for (int seq = 0; seq < 250; seq++) {
            h.engine.appendEvents(event("C-1", seq));
        }
        KeyedEventStorageEngine other = h.newEngine(java.time.Clock.systemUTC(), Duration.ofSeconds(60)); // knows nothing of C-1
        assertThat(other.readEvents("C-1").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .hasSize(250).isSorted().startsWith(0L).endsWith(249L);
        assertThat(other.readEvents("C-1", 200).asStream().count()).isEqualTo(50);
    }

    @Test
    void a_case_grown_by_another_node_since_this_one_wrote_it_loads_whole_and_the_next_commit_links_to_its_last_event() {
        for (int seq = 0; seq < 10; seq++) {
            h.engine.appendEvents(event("C-1", seq)); // this engine remembers event 9 as the last
        }
        KeyedEventStorageEngine other = h.newEngine(java.time.Clock.systemUTC(), Duration.ofSeconds(60));
        other.readEvents("C-1").asStream().count();
        for (int seq = 10; seq < 140; seq++) {
            other.appendEvents(event("C-1", seq));
        }
        assertThat(h.engine.readEvents("C-1").asStream().count()).isEqualTo(140);
        h.engine.appendEvents(event("C-1", 140)); // linked to event 139 as read just now
        assertThat(CaseChain.verify(h.db.getCollection("events"), "C-1", 140L).valid()).isTrue();
    }

    @Test
    void a_case_found_without_a_snapshot_is_loaded_from_its_events_until_this_node_stores_one() {
        for (int seq = 0; seq < 5; seq++) {
            h.engine.appendEvents(event("C-1", seq));
        }
        assertThat(h.engine.readSnapshot("C-1")).isEmpty(); // remembered: not looked up again
        KeyedEventStorageEngine other = h.newEngine(java.time.Clock.systemUTC(), Duration.ofSeconds(60));
        other.storeSnapshot(event("C-1", 4));
        assertThat(other.readSnapshot("C-1")).isPresent();
        assertThat(h.engine.readSnapshot("C-1")).as("another node's snapshot is a shortcut this node may skip").isEmpty();
        assertThat(h.engine.readEvents("C-1").asStream().count()).isEqualTo(5); // the events give the same state
        h.engine.storeSnapshot(event("C-1", 4));
        assertThat(h.engine.readSnapshot("C-1")).isPresent();
    }

    @Test
    void payloads_are_stored_as_readable_documents() {
        h.engine.appendEvents(event("C-1", 0));
        org.bson.Document stored = h.db.getCollection("events").find().first();
        assertThat(stored.getString("key")).isEqualTo("C-1#0000000000");
        assertThat(stored.get("payload", org.bson.Document.class).getString("caseId")).isEqualTo("C-1");
        assertThat(stored.get("_id")).isEqualTo(1L);
    }

    @Test
    void a_second_writer_of_the_same_sequence_number_gets_a_concurrency_error_and_nothing_partial_is_stored() {
        h.engine.appendEvents(event("C-1", 0), event("C-1", 1));
        DomainEventMessage<?> winner = event("C-1", 2);
        h.engine.appendEvents(winner, event("C-1", 3));
        assertThatThrownBy(() -> h.engine.appendEvents(event("C-1", 2), event("C-1", 3)))
                .isInstanceOf(ConcurrencyException.class);
        List<? extends DomainEventMessage<?>> stored = h.engine.readEvents("C-1").asStream().toList();
        assertThat(stored).hasSize(4);
        assertThat(stored.get(2).getIdentifier()).isEqualTo(winner.getIdentifier());
        assertThat(h.storedEvents()).isEqualTo(4);
    }

    @Test
    void creating_a_case_twice_is_refused() {
        h.engine.appendEvents(event("C-1", 0));
        assertThatThrownBy(() -> h.engine.appendEvents(event("C-1", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void a_commit_spanning_two_cases_is_stored_whole_or_not_at_all() {
        h.engine.appendEvents(event("C-1", 0), event("C-2", 0));
        assertThat(h.storedEvents()).isEqualTo(2);

        h.engine.appendEvents(event("C-3", 0));
        // C-4 is new, C-3 is taken: the commit fails at its second event and the first is taken back
        assertThatThrownBy(() -> h.engine.appendEvents(event("C-4", 0), event("C-3", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(h.storedEvents()).isEqualTo(3);
        assertThat(h.engine.hasEvent("C-4", 0)).isFalse();
        assertThat(h.readAllAfter(null)).extracting(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier())
                .containsExactly("C-1", "C-2", "C-3");
    }

    @Test
    void eight_threads_appending_to_200_cases_store_every_event_once_and_a_tracking_reader_gets_each_once_in_case_order()
            throws Exception {
        int cases = 200;
        int perThread = 250;
        Map<String, AtomicInteger> next = new HashMap<>();
        for (int c = 0; c < cases; c++) {
            next.put("C-" + c, new AtomicInteger());
        }
        ConcurrentLinkedQueue<String> appended = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; ) {
                    String id = "C-" + ThreadLocalRandom.current().nextInt(cases);
                    // like a command: read where the case stands, append the next event; lose a race → retry
                    long seq = h.engine.lastSequenceNumberFor(id).map(s -> s + 1).orElse(0L);
                    DomainEventMessage<?> e = event(id, seq);
                    try {
                        h.engine.appendEvents(e);
                        appended.add(e.getIdentifier());
                        i++;
                    } catch (ConcurrencyException | AggregateStreamCreationException lost) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (java.util.concurrent.Future<?> f : futures) {
            f.get(); // a writer that failed otherwise than by losing a race fails the test
        }

        assertThat(appended).hasSize(8 * perThread);
        List<TrackedEventMessage<?>> tracked = h.readAllAfter(null);
        assertThat(tracked).extracting(TrackedEventMessage::getIdentifier).containsExactlyInAnyOrderElementsOf(appended);
        List<Long> indexes = tracked.stream().map(EngineHarness::index).toList();
        assertThat(indexes).isSorted().doesNotHaveDuplicates();
        Map<String, List<Long>> perCase = tracked.stream().map(m -> (DomainEventMessage<?>) m).collect(Collectors.groupingBy(
                DomainEventMessage::getAggregateIdentifier, Collectors.mapping(DomainEventMessage::getSequenceNumber, Collectors.toList())));
        perCase.values().forEach(seqs -> assertThat(seqs).isSorted().doesNotHaveDuplicates().first().isEqualTo(0L));
    }

    @Test
    void an_event_committed_late_fills_its_gap_and_is_delivered_after_the_events_that_overtook_it() {
        long reserved = h.reserveIndexes(1);        // a writer allocated its index, then stalled
        h.engine.appendEvents(event("C-2", 0));     // another commit overtakes it
        List<TrackedEventMessage<?>> first = h.readAllAfter(null);
        assertThat(first).hasSize(1);
        GapAwareTrackingToken token = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(token.getGaps()).containsExactly(reserved);

        DomainEventMessage<?> late = event("C-1", 0);
        h.writeAt(reserved, late);                  // the stalled writer finishes
        List<TrackedEventMessage<?>> second = h.readAllAfter(token);
        assertThat(second).extracting(TrackedEventMessage::getIdentifier).containsExactly(late.getIdentifier());
        assertThat(((GapAwareTrackingToken) second.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void a_gap_is_given_up_after_the_gap_timeout() {
        TestClock clock = new TestClock(Instant.now());
        h.close();
        h = new EngineHarness(clock, Duration.ofSeconds(60));
        h.reserveIndexes(1);
        h.engine.appendEvents(event("C-2", 0));
        GapAwareTrackingToken token = (GapAwareTrackingToken) h.readAllAfter(null).get(0).trackingToken();
        assertThat(token.hasGaps()).isTrue();

        clock.advance(Duration.ofSeconds(30));
        h.engine.appendEvents(event("C-2", 1));
        GapAwareTrackingToken stillWaiting = (GapAwareTrackingToken) h.readAllAfter(token).get(0).trackingToken();
        assertThat(stillWaiting.hasGaps()).isTrue();

        clock.advance(Duration.ofSeconds(31));
        h.engine.appendEvents(event("C-2", 2));
        GapAwareTrackingToken gaveUp = (GapAwareTrackingToken) h.readAllAfter(stillWaiting).get(0).trackingToken();
        assertThat(gaveUp.hasGaps()).isFalse();
    }

    @Test
    void a_replay_skips_old_holes_at_once_instead_of_waiting_for_them() {
        h.reserveIndexes(3);                      // a commit that failed long ago
        h.engine.appendEvents(event("C-1", 0));
        TestClock later = new TestClock(Instant.now().plus(Duration.ofMinutes(5)));
        KeyedEventStorageEngine replaying = h.newEngine(later, Duration.ofSeconds(60));
        TrackedEventMessage<?> first = replaying.readEvents(null, false).findFirst().orElseThrow();
        assertThat(((GapAwareTrackingToken) first.trackingToken()).hasGaps()).isFalse();
    }

    @Test
    void a_window_of_unused_indexes_does_not_stall_the_reader() {
        h.reserveIndexes(350);                    // more than three batches of failed commits
        h.engine.appendEvents(event("C-1", 0));
        List<TrackedEventMessage<?>> all = h.readAllAfter(null);
        assertThat(all).hasSize(1);
        assertThat(index(all.get(0))).isEqualTo(351);
    }

    @Test
    void a_replay_from_the_tail_delivers_the_same_sequence_again() {
        for (int c = 0; c < 30; c++) {
            for (int s = 0; s < 5; s++) {
                h.engine.appendEvents(event("C-" + c, s));
            }
        }
        List<String> first = h.readAllAfter(h.engine.createTailToken()).stream().map(TrackedEventMessage::getIdentifier).toList();
        List<String> again = h.readAllAfter(h.engine.createTailToken()).stream().map(TrackedEventMessage::getIdentifier).toList();
        assertThat(first).hasSize(150).isEqualTo(again);
    }

    @Test
    void the_head_token_is_at_the_newest_event_and_keeps_unwritten_indexes_below_it_as_gaps() {
        h.engine.appendEvents(event("C-1", 0));
        long reserved = h.reserveIndexes(1);
        h.engine.appendEvents(event("C-1", 1));
        GapAwareTrackingToken head = h.engine.createHeadToken();
        assertThat(head.getIndex()).isEqualTo(reserved + 1);
        assertThat(head.getGaps()).containsExactly(reserved);
        DomainEventMessage<?> late = event("C-2", 0);
        h.writeAt(reserved, late);
        assertThat(h.readAllAfter(head)).extracting(TrackedEventMessage::getIdentifier).containsExactly(late.getIdentifier());
    }

    @Test
    void a_token_at_an_instant_starts_just_before_the_first_event_at_or_after_it() {
        Instant t0 = Instant.parse("2025-07-01T00:00:00Z");
        for (int i = 0; i < 40; i++) {
            h.engine.appendEvents(EngineHarness.eventAt("C-1", i, t0.plusSeconds(i * 60L)));
        }
        GapAwareTrackingToken at = h.engine.createTokenAt(t0.plusSeconds(10 * 60L));
        List<TrackedEventMessage<?>> after = h.readAllAfter(at);
        assertThat(after).hasSize(30);
        assertThat(((DomainEventMessage<?>) after.get(0)).getSequenceNumber()).isEqualTo(10);
        assertThat(h.engine.createTokenAt(t0.minusSeconds(1)).getIndex()).isZero();
        assertThat(h.readAllAfter(h.engine.createTokenAt(t0.plusSeconds(100 * 60L)))).isEmpty();
    }

    @Test
    void a_snapshot_is_kept_per_case_and_an_older_one_never_replaces_a_newer_one() {
        for (int s = 0; s < 10; s++) {
            h.engine.appendEvents(event("C-1", s));
        }
        h.engine.storeSnapshot(new GenericDomainEventMessage<>("WageCase", "C-1", 8, new EngineHarness.Noted("snapshot", 8)));
        h.engine.storeSnapshot(new GenericDomainEventMessage<>("WageCase", "C-1", 5, new EngineHarness.Noted("older", 5)));
        assertThat(h.engine.readSnapshot("C-1")).hasValueSatisfying(s -> assertThat(s.getSequenceNumber()).isEqualTo(8));
        // loading continues after the snapshot with key lookups from its sequence number on
        List<Long> loaded = h.engine.readEvents("C-1", 9).asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(loaded).containsExactly(9L);
        assertThat(h.db.getCollection("snapshots").countDocuments()).isEqualTo(1);
    }
}
