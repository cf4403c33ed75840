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
}
