package org.caseledger.bench;

import org.bson.Document;
import org.caseledger.embedded.EmbeddedMongo;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Commands through the CommandGateway on the service as it runs (durable appends, then without the commit per
 * append), on 1 and 4 threads; the stored event size and the bytes per event of a store written this way.
 */
final class AppendSection {

    private AppendSection() {
    }

    private static long durableEventsNow(Service service) {
        return Math.max(1, service.events().estimatedDocumentCount());
    }

    static void run(BenchRun bench) throws Exception {
        long durableEvents = 0;
        for (boolean durable : new boolean[]{true, false}) {
            long storedBytes = -1;
            try (Service service = Service.start(bench.target.service(durable ? "append" : "append-nodurable", durable))) {
                List<String> ids = new ArrayList<>();
                for (int c = 0; c < bench.cases; c++) {
                    ids.add("B-" + c);
                }
                Timing.run(4, ids.size(), i -> Fixtures.openCase(ids.get(i)).forEach(service.commands()::sendAndWait));
                String mode = durable ? "" : " (no commit per append)";
                for (int threads : new int[]{1, 4}) {
                    long before = service.events().estimatedDocumentCount();
                    double seconds = Timing.run(threads, bench.commands, i -> service.commands().sendAndWait(
                            Fixtures.mixed(ids.get(ThreadLocalRandom.current().nextInt(ids.size())), i)));
                    long events = service.events().estimatedDocumentCount() - before;
                    bench.rows.add(new Row("append", "commands/s, " + threads + " thread" + (threads > 1 ? "s" : "") + mode,
                            bench.commands / seconds, "cmd/s", bench.commands + " commands on " + bench.cases + " cases (meeting, payment, letter)"));
                    bench.rows.add(new Row("append", "events/s, " + threads + " thread" + (threads > 1 ? "s" : "") + mode,
                            events / seconds, "ev/s", ""));
                }
                if (durable) {
                    List<Document> sample = service.events().find().limit(500).into(new ArrayList<>());
                    bench.eventDocBytes = (int) sample.stream().mapToInt(Timing::bsonSize).average().orElse(1200);
                    bench.rows.add(new Row("append", "stored event document size", bench.eventDocBytes, "bytes", "average BSON size"));
                    durableEvents = service.events().estimatedDocumentCount();
                    EmbeddedMongo embedded = service.connection().embedded();
                    if (embedded != null) {
                        // the file as the service runs on: online compaction rewrites sparse chunks every 5 s and H2
                        // reuses them once its retention time (45 s) has passed
                        long settle = Long.getLong("bench.compactionSettleSeconds", 60);
                        bench.rows.add(new Row("disk", "bytes per event, durable appends, while running, right after the appends",
                                (double) embedded.fileSize() / durableEventsNow(service), "B", ""));
                        Thread.sleep(settle * 1000);
                        bench.rows.add(new Row("disk", "bytes per event, durable appends, while running, " + settle + " s later",
                                (double) embedded.fileSize() / durableEventsNow(service), "B",
                                String.format(Locale.ROOT, "file %,d bytes; online compaction, nothing written meanwhile", embedded.fileSize())));
                        var group = embedded.groupCommit();
                        bench.rows.add(new Row("append", "appends per H2 commit", (double) group.appends() / Math.max(1, group.commits()),
                                "appends", "group commit, including the 1 s timer's commits"));
                    } else {
                        storedBytes = Target.storageBytes(service.connection().database());
                    }
                }
            }
            if (durable) {
                long bytes = bench.target.embedded() ? Files.size(bench.work.resolve("append").resolve("caseledger.mv.db")) : storedBytes;
                bench.rows.add(new Row("disk", "bytes per event, store written by durable appends, after shutdown compaction",
                        (double) bytes / durableEvents, "B", String.format(Locale.ROOT, "%,d events, file %,d bytes", durableEvents, bytes)));
            }
        }
    }
}
