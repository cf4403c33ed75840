package org.caseledger.bench;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** The floor: the MongoDB driver inserting and reading event-sized documents by key on the same server. */
final class RawSection {

    private RawSection() {
    }

    static void run(BenchRun bench) throws Exception {
        try (Target.Raw raw = bench.target.raw("raw")) {
            String filler = "x".repeat(Math.max(0, bench.eventDocBytes - 120));
            for (int threads : new int[]{1, 4}) {
                MongoCollection<Document> docs = raw.database().getCollection("docs" + threads);
                AtomicInteger next = new AtomicInteger();
                double seconds = Timing.run(threads, bench.rawDocs, i -> docs.insertOne(new Document("_id", (long) next.incrementAndGet())
                        .append("key", "case-" + i + "#0000000000").append("payload", filler)));
                bench.rows.add(new Row("raw", "insertOne/s, " + threads + " thread" + (threads > 1 ? "s" : ""), bench.rawDocs / seconds, "docs/s",
                        bench.eventDocBytes + "-byte documents, no commit per insert"));
            }
            if (raw.server() != null) {
                // the physical limit of a durable append here: one insert and one commit of the H2 file each
                MongoCollection<Document> durable = raw.database().getCollection("durable");
                AtomicInteger n = new AtomicInteger();
                int count = Math.max(500, bench.rawDocs / 20);
                for (int threads : new int[]{1, 4}) {
                    double seconds = Timing.run(threads, count, i -> {
                        durable.insertOne(new Document("_id", (long) n.incrementAndGet()).append("key", "durable-" + n.get() + "#0000000000")
                                .append("payload", filler));
                        raw.server().awaitDurable();
                    });
                    bench.rows.add(new Row("raw", "durable insertOne/s, " + threads + " thread" + (threads > 1 ? "s" : ""), count / seconds,
                            "docs/s", "each insert followed by a commit of the H2 file, forced to the disk"));
                }
            }
            MongoCollection<Document> docs = raw.database().getCollection("docs1");
            long started = System.nanoTime();
            long read = 0;
            for (long from = 1; from <= bench.rawDocs; from += 100) {
                List<Long> keys = new ArrayList<>();
                for (long i = from; i < from + 100; i++) {
                    keys.add(i);
                }
                read += docs.find(new Document("_id", new Document("$in", keys))).into(new ArrayList<>()).size();
            }
            bench.rows.add(new Row("raw", "read by key, batches of 100", read / ((System.nanoTime() - started) / 1e9), "docs/s", "_id $in"));
            // the floor under every query: a read model answers with one or more such round trips
            Timing.Sampled one = Timing.sampled(1000, () -> docs.find(new Document("_id", 1L + ThreadLocalRandom.current().nextInt(bench.rawDocs))).first());
            bench.rows.add(new Row("raw", "one find by key (a round trip)", one.median() / 1000, "ms", one.toString()));
        }
    }
}
