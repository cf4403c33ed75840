package org.caseledger.bench;

import org.caseledger.embedded.EmbeddedMongo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The store as it grows (bulk-imported histories to 10k, 100k, 1M events): case load and command cost at each size,
 * disk and memory, shutdown and restart, then the projection of the whole store into empty read models.
 */
final class GrowthSection {

    private GrowthSection() {
    }

    static void run(BenchRun bench) throws Exception {
        // projections off while the store grows: the growth figures are the store's alone (the read models follow below)
        Map<String, Object> props = new java.util.LinkedHashMap<>(bench.target.service("growth", true));
        props.putAll(Map.of("caseledger.store.cache-size", 1, "caseledger.store.snapshot-threshold", 1000,
                "caseledger.projections.enabled", false));
        int perCase = 10;
        int cases = 0;
        Service service = Service.start(props);
        try {
            for (int goal : bench.growth) {
                long importStarted = System.nanoTime();
                List<org.axonframework.eventhandling.DomainEventMessage<?>> batch = new ArrayList<>();
                while ((long) cases * perCase < goal) {
                    batch.addAll(Fixtures.history("G-" + cases, cases++, perCase));
                    if (batch.size() >= 5000) {
                        service.engine().importEvents(batch);
                        batch.clear();
                    }
                }
                service.engine().importEvents(batch);
                double importSeconds = (System.nanoTime() - importStarted) / 1e9;
                long stored = service.events().estimatedDocumentCount();
                String size = String.format(Locale.ROOT, "%,d events", stored);
                bench.rows.add(new Row("growth", "bulk import rate up to " + size, (goal - (stored - goal)) / importSeconds, "ev/s", ""));

                int samples = 300;
                int known = cases;
                Timing.Sampled load = Timing.sampled(samples, () -> service.eventStore()
                        .readEvents("G-" + ThreadLocalRandom.current().nextInt(known)).asStream().count());
                bench.rows.add(new Row("growth", "load one case (10 events) at " + size, load.median(), "µs", "cold: no cache; " + load));
                Timing.Sampled command = Timing.sampled(samples, () -> service.commands().sendAndWait(
                        Fixtures.mixed("G-" + ThreadLocalRandom.current().nextInt(known), 0)));
                bench.rows.add(new Row("growth", "command (load + decide + append) at " + size, command.median(), "µs",
                        "cold case, durable append; " + command));
            }
            long events = service.events().estimatedDocumentCount();
            EmbeddedMongo embedded = service.connection().embedded();
            if (embedded != null) {
                long before = embedded.fileSize();
                long compactStarted = System.nanoTime();
                embedded.compact();
                double compactSeconds = (System.nanoTime() - compactStarted) / 1e9;
                long after = embedded.fileSize();
                bench.rows.add(new Row("disk", "bytes per stored event before compaction", (double) before / events, "B",
                        String.format(Locale.ROOT, "%,d events, file %,d bytes", events, before)));
                bench.rows.add(new Row("disk", "bytes per stored event after compaction", (double) after / events, "B",
                        String.format(Locale.ROOT, "compaction took %.1f s", compactSeconds)));
            } else {
                long stored = Target.storageBytes(service.connection().database());
                bench.rows.add(new Row("disk", "bytes per stored event (storage size, indexes apart)", (double) stored / events, "B",
                        String.format(Locale.ROOT, "%,d events, %,d bytes (dbStats)", events, stored)));
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            bench.rows.add(new Row("memory", "heap after GC with the store loaded", (rt.totalMemory() - rt.freeMemory()) / 1e6, "MB",
                    String.format(Locale.ROOT, "%,d events", events)));
            bench.rows.add(new Row("memory", "process RSS", Timing.rssMegabytes(), "MB", ""));
        } finally {
            long closeStarted = System.nanoTime();
            service.close();
            bench.rows.add(new Row("restart", "service shutdown (final commit and compaction of the file)", (System.nanoTime() - closeStarted) / 1e9, "s", ""));
        }
        long restartStarted = System.nanoTime();
        Map<String, Object> restart = new java.util.LinkedHashMap<>(bench.target.reopen("growth"));
        restart.put("caseledger.store.cache-size", 1000);
        try (Service restarted = Service.start(restart, true)) {
            double seconds = (System.nanoTime() - restartStarted) / 1e9;
            long events = restarted.events().estimatedDocumentCount();
            bench.rows.add(new Row("restart", "service start on the stored events", seconds, "s", String.format(Locale.ROOT, "%,d events", events)));
            // 5. the read models are empty: the projection replays the whole store, as a rebuild does
            var runner = restarted.context().getBean(org.caseledger.projections.ProjectionRunner.class);
            long head = ((org.axonframework.eventhandling.GapAwareTrackingToken) restarted.engine().createHeadToken()).getIndex();
            long started = System.nanoTime();
            long deadline = started + Long.getLong("bench.rebuildCapSeconds", 540) * 1_000_000_000L;
            while (!runner.wholeAt(head) && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            double rebuildSeconds = (System.nanoTime() - started) / 1e9;
            long done = Math.min(runner.livePosition(), head);
            String consistency = runner.wholeAt(head)
                    ? String.format(Locale.ROOT, "%,d events in %.0f s: time to full consistency", head, rebuildSeconds)
                    : String.format(Locale.ROOT, "capped: %,d of %,d events in %.0f s; full consistency extrapolated at %.0f s",
                    done, head, rebuildSeconds, head / (done / rebuildSeconds));
            bench.rows.add(new Row("rebuild", "replay into empty read models", done / rebuildSeconds, "ev/s", consistency));
            bench.rows.add(new Row("ratio", "rebuild time ÷ 60 s, scaled to 1M events", 1_000_000 / (done / rebuildSeconds) / 60, "×",
                    "goal ≤ 1 (1M events in 60 s)"));
            // the service reads every list and dashboard once when it has caught up; the queries come after that reading
            var warmUp = restarted.context().getBean(org.caseledger.api.cases.ReadModelWarmUp.class);
            int active = restarted.context().getBean(org.caseledger.projections.ReadModels.class).active().number();
            long warmStarted = System.nanoTime();
            while (warmUp.warmedGeneration() != active && System.nanoTime() - warmStarted < 120_000_000_000L) {
                Thread.sleep(100);
            }
            bench.rows.add(new Row("rebuild", "wait for the service's own first reading of every list and dashboard", (System.nanoTime() - warmStarted) / 1e9,
                    "s", warmUp.warmedGeneration() == active ? "after full consistency; checked every 5 s" : "not done in 120 s"));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            bench.rows.add(new Row("memory", "heap after GC after the rebuild", (rt.totalMemory() - rt.freeMemory()) / 1e6, "MB", ""));
            bench.rows.add(new Row("memory", "process RSS after the rebuild", Timing.rssMegabytes(), "MB", "goal ≤ 2,048 MB"));
            QueriesSection.run(bench, restarted);
            // what a quiet service holds: G1's periodic collection (every 10 s here) returns unused heap to the system
            Thread.sleep(Long.getLong("bench.idleSeconds", 30) * 1000);
            bench.rows.add(new Row("memory", "process RSS at idle", Timing.rssMegabytes(), "MB",
                    Long.getLong("bench.idleSeconds", 30) + " s after the queries, nothing running"));
        }
    }
}
