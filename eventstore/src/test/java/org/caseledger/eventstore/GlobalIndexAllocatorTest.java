package org.caseledger.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalIndexAllocatorTest {

    EngineHarness h = new EngineHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void concurrent_allocations_get_disjoint_blocks() throws Exception {
        GlobalIndexAllocator allocator = new GlobalIndexAllocator(h.db.getCollection("counters"));
        Set<Long> handedOut = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    int n = 1 + (i % 3);
                    long last = allocator.allocate(n);
                    for (long x = last - n + 1; x <= last; x++) {
                        assertThat(handedOut.add(x)).as("index %d handed out twice", x).isTrue();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(handedOut).hasSize(8 * (167 * 1 + 167 * 2 + 166 * 3));
        assertThat(allocator.highestAllocated()).isEqualTo(handedOut.size());
    }

    /** A clock for the blocks' lifetime that moves only when told. */
    static final class Nanos implements java.util.function.LongSupplier {
        long now = 1_000_000_000L;

        @Override
        public long getAsLong() {
            return now;
        }
    }

    @Test
    void a_busy_node_reserves_growing_blocks_and_hands_out_every_index_in_order() {
        Nanos nanos = new Nanos();
        GlobalIndexAllocator allocator = new GlobalIndexAllocator(h.db.getCollection("counters"), java.time.Duration.ofSeconds(1), nanos);
        List<Long> handed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            handed.add(allocator.allocate(1));
        }
        assertThat(handed).as("one node alone: no index skipped").isEqualTo(java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());
        assertThat(allocator.highestAllocated()).as("reserved ahead, at most one block").isBetween(100L, 100L + GlobalIndexAllocator.MAX_BLOCK);
    }

    @Test
    void an_old_block_is_not_used_and_its_remainder_is_given_back_when_no_one_reserved_after_it() {
        Nanos nanos = new Nanos();
        GlobalIndexAllocator allocator = new GlobalIndexAllocator(h.db.getCollection("counters"), java.time.Duration.ofSeconds(1), nanos);
        for (int i = 0; i < 10; i++) {
            allocator.allocate(1); // 1..10, blocks 1, 2, 4, 8: 11..15 held
        }
        assertThat(allocator.highestAllocated()).isGreaterThan(10);
        nanos.now += 2_000_000_000L;
        assertThat(allocator.allocate(1)).as("the held remainder is given back, the next index follows the last written").isEqualTo(11);
    }

    @Test
    void an_old_remainder_another_node_reserved_past_stays_unused() {
        Nanos nanos = new Nanos();
        GlobalIndexAllocator a = new GlobalIndexAllocator(h.db.getCollection("counters"), java.time.Duration.ofSeconds(1), nanos);
        GlobalIndexAllocator b = new GlobalIndexAllocator(h.db.getCollection("counters"), java.time.Duration.ofSeconds(1), nanos);
        for (int i = 0; i < 10; i++) {
            a.allocate(1); // a holds 11..15
        }
        long fromB = b.allocate(1);
        assertThat(fromB).isEqualTo(16);
        nanos.now += 2_000_000_000L;
        assertThat(a.allocate(1)).as("a's old remainder 11..15 is not handed out late").isGreaterThan(fromB);
        assertThat(a.allocate(2)).isGreaterThan(fromB);
    }

    @Test
    void two_busy_nodes_never_hand_out_the_same_index() {
        Nanos nanos = new Nanos();
        GlobalIndexAllocator a = new GlobalIndexAllocator(h.db.getCollection("counters"), java.time.Duration.ofSeconds(1), nanos);
        GlobalIndexAllocator b = new GlobalIndexAllocator(h.db.getCollection("counters"), java.time.Duration.ofSeconds(1), nanos);
        Set<Long> handedOut = new java.util.HashSet<>();
        for (int i = 0; i < 500; i++) {
            GlobalIndexAllocator node = i % 3 == 0 ? b : a;
            int n = 1 + i % 4;
            long last = node.allocate(n);
            for (long x = last - n + 1; x <= last; x++) {
                assertThat(handedOut.add(x)).as("index %d handed out twice", x).isTrue();
            }
            if (i % 50 == 0) {
                nanos.now += 2_000_000_000L; // now and then a block grows old
            }
        }
    }
}
