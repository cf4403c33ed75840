package org.caseledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoCollection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.caseledger.api.CaseLedgerApplication;
import org.caseledger.api.config.StoreConfiguration;
import org.caseledger.embedded.EmbeddedMongo;
import org.caseledger.eventstore.KeyedEventStorageEngine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One benchmark run against the embedded server (H2 file, the service's default): the raw driver baseline and
 * caseledger measured in the same run, printed as a table, appended to bench/RESULTS.md and written to
 * bench/target/results.json. Sizes come from system properties so CI can run a smoke size.
 */
public final class Bench {

    /** One figure. */
    record Row(String section, String measure, double value, String unit, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Path work;
    private final Target target;
    private final int cases = Integer.getInteger("bench.cases", 1000);
    private final int commands = Integer.getInteger("bench.commands", 3000);
    private final int rawDocs = Integer.getInteger("bench.raw", 20000);
    private final List<Integer> growth = List.of(System.getProperty("bench.growth", "10000,100000,1000000").split(",")).stream()
            .map(String::trim).map(Integer::parseInt).toList();
    private int eventDocBytes = 1200;

    private Bench(Path work) {
        this.work = work;
        this.target = Target.fromEnvironment(work);
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            runAll();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // background threads of the services started in this run (processors, the embedded server) must not keep it alive
        System.exit(status);
    }

    /** Runs every section and reports; used by main and by the CI smoke test. */
    static void runAll() throws Exception {
        CaseLedgerApplication.quietAxon();
        Path work = Files.createTempDirectory("caseledger-bench");
        Bench bench = new Bench(work);
        long started = System.nanoTime();
        bench.section("append", bench::append);
        bench.section("raw", bench::raw);
        bench.section("peers", bench::peers);
        bench.section("growth", bench::growth);
        double minutes = (System.nanoTime() - started) / 60e9;
        bench.rows.add(new Row("run", "whole benchmark", minutes, "min", ""));
        bench.report();
    }

    interface Section {
        void run() throws Exception;
    }

    /** A section that fails is reported as such; the others still run and the table is still written. */
    private void section(String name, Section section) {
        String only = System.getProperty("bench.sections", "");
        if (!only.isBlank() && !List.of(only.split(",")).contains(name)) {
            return; // a partial run, for profiling one section
        }
        long started = System.nanoTime();
        try {
            section.run();
            rows.add(new Row("run", "section " + name, (System.nanoTime() - started) / 60e9, "min", ""));
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            rows.add(new Row(name, "FAILED", 0, "", String.valueOf(e).replace('|', '/').replace('\n', ' ')));
        }
    }

    // ------------------------------------------------------------------ 2. append through the CommandGateway

    private void append() throws Exception {
        long durableEvents = 0;
        for (boolean durable : new boolean[]{true, false}) {
            long storedBytes = -1;
            try (Service service = Service.start(target.service(durable ? "append" : "append-nodurable", durable))) {
                List<String> ids = new ArrayList<>();
                for (int c = 0; c < cases; c++) {
                    ids.add("B-" + c);
                }
                run(4, ids.size(), i -> Fixtures.openCase(ids.get(i)).forEach(service.commands()::sendAndWait));
                String mode = durable ? "" : " (no commit per append)";
                for (int threads : new int[]{1, 4}) {
                    long before = service.events().estimatedDocumentCount();
                    double seconds = run(threads, commands, i -> service.commands().sendAndWait(
                            Fixtures.mixed(ids.get(ThreadLocalRandom.current().nextInt(ids.size())), i)));
                    long events = service.events().estimatedDocumentCount() - before;
                    rows.add(new Row("append", "commands/s, " + threads + " thread" + (threads > 1 ? "s" : "") + mode,
                            commands / seconds, "cmd/s", commands + " commands on " + cases + " cases (meeting, payment, letter)"));
                    rows.add(new Row("append", "events/s, " + threads + " thread" + (threads > 1 ? "s" : "") + mode,
                            events / seconds, "ev/s", ""));
                }
                if (durable) {
                    List<Document> sample = service.events().find().limit(500).into(new ArrayList<>());
                    eventDocBytes = (int) sample.stream().mapToInt(Bench::bsonSize).average().orElse(1200);
                    rows.add(new Row("append", "stored event document size", eventDocBytes, "bytes", "average BSON size"));
                    durableEvents = service.events().estimatedDocumentCount();
                    EmbeddedMongo embedded = service.connection().embedded();
                    if (embedded != null) {
                        var group = embedded.groupCommit();
                        rows.add(new Row("append", "appends per H2 commit", (double) group.appends() / Math.max(1, group.commits()),
                                "appends", "group commit, including the 1 s timer's commits"));
                    } else {
                        storedBytes = Target.storageBytes(service.connection().database());
                    }
                }
            }
            if (durable) {
                long bytes = target.embedded() ? Files.size(work.resolve("append").resolve("caseledger.mv.db")) : storedBytes;
                rows.add(new Row("disk", "bytes per event, store written by durable appends, after shutdown compaction",
                        (double) bytes / durableEvents, "B", String.format(Locale.ROOT, "%,d events, file %,d bytes", durableEvents, bytes)));
            }
        }
    }

    // ------------------------------------------------------------------ 1. raw driver baseline

    private void raw() throws Exception {
        try (Target.Raw raw = target.raw("raw")) {
            String filler = "x".repeat(Math.max(0, eventDocBytes - 120));
            for (int threads : new int[]{1, 4}) {
                MongoCollection<Document> docs = raw.database().getCollection("docs" + threads);
                AtomicInteger next = new AtomicInteger();
                double seconds = run(threads, rawDocs, i -> docs.insertOne(new Document("_id", (long) next.incrementAndGet())
                        .append("key", "case-" + i + "#0000000000").append("payload", filler)));
                rows.add(new Row("raw", "insertOne/s, " + threads + " thread" + (threads > 1 ? "s" : ""), rawDocs / seconds, "docs/s",
                        eventDocBytes + "-byte documents, no commit per insert"));
            }
            MongoCollection<Document> docs = raw.database().getCollection("docs1");
            long started = System.nanoTime();
            long read = 0;
            for (long from = 1; from <= rawDocs; from += 100) {
                List<Long> keys = new ArrayList<>();
                for (long i = from; i < from + 100; i++) {
                    keys.add(i);
                }
                read += docs.find(new Document("_id", new Document("$in", keys))).into(new ArrayList<>()).size();
            }
            rows.add(new Row("raw", "read by key, batches of 100", read / ((System.nanoTime() - started) / 1e9), "docs/s", "_id $in"));
            // the floor under every query: a read model answers with one or more such round trips
            Sampled one = sampled(1000, () -> docs.find(new Document("_id", 1L + ThreadLocalRandom.current().nextInt(rawDocs))).first());
            rows.add(new Row("raw", "one find by key (a round trip)", one.median() / 1000, "ms", one.toString()));
        }
    }

    // ------------------------------------------------------------------ 4., 7. growth, disk, memory, restart

    private void growth() throws Exception {
        // projections off while the store grows: the growth figures are the store's alone (the read models follow below)
        Map<String, Object> props = new java.util.LinkedHashMap<>(target.service("growth", true));
        props.putAll(Map.of("caseledger.store.cache-size", 1, "caseledger.store.snapshot-threshold", 1000,
                "caseledger.projections.enabled", false));
        int perCase = 10;
        int cases = 0;
        Service service = Service.start(props);
        try {
            for (int target : growth) {
                long importStarted = System.nanoTime();
                List<org.axonframework.eventhandling.DomainEventMessage<?>> batch = new ArrayList<>();
                while ((long) cases * perCase < target) {
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
                rows.add(new Row("growth", "bulk import rate up to " + size, (target - (stored - target)) / importSeconds, "ev/s", ""));

                int samples = 300;
                int known = cases;
                Sampled load = sampled(samples, () -> service.eventStore()
                        .readEvents("G-" + ThreadLocalRandom.current().nextInt(known)).asStream().count());
                rows.add(new Row("growth", "load one case (10 events) at " + size, load.median(), "µs", "cold: no cache; " + load));
                Sampled command = sampled(samples, () -> service.commands().sendAndWait(
                        Fixtures.mixed("G-" + ThreadLocalRandom.current().nextInt(known), 0)));
                rows.add(new Row("growth", "command (load + decide + append) at " + size, command.median(), "µs",
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
                rows.add(new Row("disk", "bytes per stored event before compaction", (double) before / events, "B",
                        String.format(Locale.ROOT, "%,d events, file %,d bytes", events, before)));
                rows.add(new Row("disk", "bytes per stored event after compaction", (double) after / events, "B",
                        String.format(Locale.ROOT, "compaction took %.1f s", compactSeconds)));
            } else {
                long stored = Target.storageBytes(service.connection().database());
                rows.add(new Row("disk", "bytes per stored event (storage size, indexes apart)", (double) stored / events, "B",
                        String.format(Locale.ROOT, "%,d events, %,d bytes (dbStats)", events, stored)));
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            rows.add(new Row("memory", "heap after GC with the store loaded", (rt.totalMemory() - rt.freeMemory()) / 1e6, "MB",
                    String.format(Locale.ROOT, "%,d events", events)));
            rows.add(new Row("memory", "process RSS", rssMegabytes(), "MB", ""));
        } finally {
            long closeStarted = System.nanoTime();
            service.close();
            rows.add(new Row("restart", "service shutdown (final commit and compaction of the file)", (System.nanoTime() - closeStarted) / 1e9, "s", ""));
        }
        long restartStarted = System.nanoTime();
        Map<String, Object> restart = new java.util.LinkedHashMap<>(target.reopen("growth"));
        restart.put("caseledger.store.cache-size", 1000);
        try (Service restarted = Service.start(restart, true)) {
            double seconds = (System.nanoTime() - restartStarted) / 1e9;
            long events = restarted.events().estimatedDocumentCount();
            rows.add(new Row("restart", "service start on the stored events", seconds, "s", String.format(Locale.ROOT, "%,d events", events)));
            // 5. the read models are empty: the projection replays the whole store, as a rebuild does
            var runner = restarted.context().getBean(org.caseledger.projections.ProjectionRunner.class);
            long head = ((org.axonframework.eventhandling.GapAwareTrackingToken) restarted.engine().createHeadToken()).getIndex();
            long started = System.nanoTime();
            long deadline = started + Long.getLong("bench.rebuildCapSeconds", 540) * 1_000_000_000L;
            while (runner.livePosition() < head && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            double rebuildSeconds = (System.nanoTime() - started) / 1e9;
            long done = Math.min(runner.livePosition(), head);
            String consistency = done >= head
                    ? String.format(Locale.ROOT, "%,d events in %.0f s: time to full consistency", head, rebuildSeconds)
                    : String.format(Locale.ROOT, "capped: %,d of %,d events in %.0f s; full consistency extrapolated at %.0f s",
                    done, head, rebuildSeconds, head / (done / rebuildSeconds));
            rows.add(new Row("rebuild", "replay into empty read models", done / rebuildSeconds, "ev/s", consistency));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            rows.add(new Row("memory", "heap after GC after the rebuild", (rt.totalMemory() - rt.freeMemory()) / 1e6, "MB", ""));
            rows.add(new Row("memory", "process RSS after the rebuild", rssMegabytes(), "MB", ""));
            queries(restarted);
        }
    }

    // ------------------------------------------------------------------ 6. queries over HTTP

    private void queries(Service service) throws Exception {
        int port = Integer.parseInt(service.context().getEnvironment().getProperty("local.server.port"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        // only cases the read models have (a capped rebuild leaves the rest for later)
        var generation = service.context().getBean(org.caseledger.projections.ReadModels.class).active();
        List<String> projected = generation.timelines().find().projection(new Document("_id", 1)).limit(20_000)
                .map(d -> d.getString("_id")).into(new ArrayList<>());
        long rows = generation.timelines().estimatedDocumentCount();
        String note = String.format(Locale.ROOT, "%,d cases in the read models, embedded server", rows);
        this.rows.add(latency(http, port, "auditor:auditor-demo", Integer.getInteger("bench.timelineRequests", 300),
                i -> "/api/cases/" + projected.get(ThreadLocalRandom.current().nextInt(projected.size())) + "/timeline", "timeline", note));
        this.rows.add(latency(http, port, "auditor:auditor-demo", 20, i -> "/api/cases?unionBody=" + enc("县总工会-" + (i % 20)) + "&page=0&size=20",
                "case list (one union body, first page)", note));
        this.rows.add(latency(http, port, "dashboard:dashboard-demo", 30, i -> "/api/dashboard?unionBody=" + enc("县总工会-" + (i % 20)),
                "dashboard (one union body, 24 months)", note));
        this.rows.add(latency(http, port, "dashboard:dashboard-demo", 5, i -> "/api/dashboard", "dashboard (everything)", note));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Row latency(java.net.http.HttpClient http, int port, String credentials, int n,
                               java.util.function.IntFunction<String> path, String what, String note) throws Exception {
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n + 3; i++) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path.apply(i)))
                    .header("Authorization", auth).build();
            long started = System.nanoTime();
            java.net.http.HttpResponse<String> response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 3) { // the first requests warm up
                millis.add(ms);
            }
        }
        java.util.Collections.sort(millis);
        double p50 = millis.get((int) Math.ceil(0.5 * millis.size()) - 1);
        double p99 = millis.get((int) Math.ceil(0.99 * millis.size()) - 1);
        return new Row("queries", what + " p50 / p99", p50, "ms", String.format(Locale.ROOT, "p99 %.1f ms over %d requests; %s", p99, n, note));
    }

    // ------------------------------------------------------------------ 3. peers

    private void peers() throws Exception {
        long cap = Long.getLong("bench.peerCapSeconds", 180) * 1_000_000_000L;
        List<Peers.Result> results = new ArrayList<>();
        try (Target.Raw store = target.raw("peer-ours")) {
            results.add(Peers.measure("ours", json -> Peers.ours(store.client(), store.databaseName(), json), cap));
        }
        try (Target.Raw store = target.raw("peer-mongo-ext")) {
            results.add(Peers.measure("axon-mongo-extension", json -> Peers.mongoExtension(store.client(), store.databaseName(), json), cap));
        }
        results.add(Peers.measure("axon-jdbc-h2", json -> Peers.jdbcH2(work.resolve("peer-jdbc"), json), cap));
        Peers.Result ours = results.get(0);
        for (Peers.Result r : results) {
            String capped = r.capped() ? String.format(Locale.ROOT, " (capped at %d s: reached %,d events)", cap / 1_000_000_000L, r.eventsReached()) : "";
            rows.add(new Row("peers", r.engine() + ": commands/s to 10k events", r.appendTo10k(), "cmd/s", "same command mix, plain Axon configuration" + capped));
            rows.add(new Row("peers", r.engine() + ": commands/s from 10k to 20k", r.appendTo20k(), "cmd/s", capped));
            rows.add(new Row("peers", r.engine() + ": replay from the tail", r.replayRate(), "ev/s", String.format(Locale.ROOT, "%,d events", r.eventsReached())));
            if (r != ours) {
                rows.add(new Row("ratio", "ours ÷ " + r.engine() + ", commands to 10k", ours.appendTo10k() / r.appendTo10k(), "×",
                        ours.capped() || r.capped() ? "rates over the events each reached" : ""));
                // only where both passed 10k (a capped run has no rate beyond what it reached)
                if (ours.appendTo20k() > 0 && r.appendTo20k() > 0) {
                    rows.add(new Row("ratio", "ours ÷ " + r.engine() + ", commands 10k→20k", ours.appendTo20k() / r.appendTo20k(), "×", ""));
                }
                rows.add(new Row("ratio", "ours ÷ " + r.engine() + ", replay", ours.replayRate() / r.replayRate(), "×",
                        String.format(Locale.ROOT, "%,d and %,d events", ours.eventsReached(), r.eventsReached())));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Runs {@code n} tasks on {@code threads} threads and returns the seconds taken. */
    private static double run(int threads, int n, TaskBody body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    body.run(i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - started) / 1e9;
    }

    /** Per-call times of one operation, in µs: the median is the figure (a shared machine's pauses move the mean). */
    record Sampled(int calls, double median, double mean, double p99) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median of %d calls; mean %,.0f µs, p99 %,.0f µs", calls, mean, p99);
        }
    }

    private static Sampled sampled(int n, Callable<?> call) throws Exception {
        double[] micros = new double[n];
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            call.call();
            micros[i] = (System.nanoTime() - started) / 1e3;
        }
        double mean = java.util.Arrays.stream(micros).average().orElse(0);
        java.util.Arrays.sort(micros);
        return new Sampled(n, micros[(n - 1) / 2], mean, micros[(int) Math.ceil(0.99 * n) - 1]);
    }

    @FunctionalInterface
    interface TaskBody {
        void run(int i) throws Exception;
    }

    private static int bsonSize(Document doc) {
        return new RawBsonDocument(doc, new DocumentCodec()).getByteBuffer().remaining();
    }

    private static double rssMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("\\D", "")).mapToDouble(kb -> Double.parseDouble(kb) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private Map<String, Double> figures() {
        return rows.stream().collect(Collectors.toMap(r -> r.section() + ": " + r.measure(), Row::value, (a, b) -> b, LinkedHashMap::new));
    }

    private void report() throws IOException {
        Map<String, Double> f = figures();
        Double raw1 = f.get("raw: insertOne/s, 1 thread");
        Double raw4 = f.get("raw: insertOne/s, 4 threads");
        Double rawRead = f.get("raw: read by key, batches of 100");
        Double app1 = f.get("append: events/s, 1 thread");
        Double app4 = f.get("append: events/s, 4 threads");
        if (raw1 != null && app1 != null) {
            rows.add(new Row("ratio", "append events/s ÷ raw insertOne/s, 1 thread", app1 / raw1, "×", "goal ≥ 0.5"));
        }
        if (raw4 != null && app4 != null) {
            rows.add(new Row("ratio", "append events/s ÷ raw insertOne/s, 4 threads", app4 / raw4, "×", "goal ≥ 0.5"));
        }
        List<Row> loads = rows.stream().filter(r -> r.measure().startsWith("load one case")).toList();
        List<Row> cmds = rows.stream().filter(r -> r.measure().startsWith("command (load")).toList();
        if (loads.size() > 1) {
            rows.add(new Row("ratio", "case load, largest ÷ smallest store", loads.get(loads.size() - 1).value() / loads.get(0).value(),
                    "×", "goal ≤ 1.5 (flat)"));
            rows.add(new Row("ratio", "command cost, largest ÷ smallest store", cmds.get(cmds.size() - 1).value() / cmds.get(0).value(),
                    "×", "goal ≤ 1.5 (flat)"));
        }
        Double rebuild = f.get("rebuild: replay into empty read models");
        if (rawRead != null && rebuild != null) {
            rows.add(new Row("ratio", "rebuild events/s ÷ raw keyed read docs/s", rebuild / rawRead, "×", "goal ≥ 0.5"));
        }

        StringBuilder table = new StringBuilder();
        String machine = String.format(Locale.ROOT, "%d cores, %.1f GB RAM, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / 1e9,
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        String command = System.getProperty("bench.command", "mvn -B -Pbench -DskipTests -pl bench -am verify");
        table.append("\n## ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n\n")
                .append("- machine: ").append(machine).append("\n")
                .append("- command: `").append(command).append("`\n")
                .append("- store: ").append(target.describe()).append("\n")
                .append(String.format(Locale.ROOT, "- sizes: %d cases, %d commands per run, %d raw documents, growth %s events%n%n",
                        cases, commands, rawDocs, growth))
                .append("| section | measure | value | unit | note |\n|---|---|---:|---|---|\n");
        for (Row r : rows) {
            // small figures (ratios) with two decimals: 0.03× is not 0.0×
            String value = String.format(Locale.ROOT, Math.abs(r.value()) < 10 ? "%,.2f" : "%,.1f", r.value());
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", r.section(), r.measure(), value, r.unit(), r.note()));
        }
        System.out.println(table);
        // a partial run (bench.sections) is for profiling: it does not go into the record of whole runs
        boolean partial = !System.getProperty("bench.sections", "").isBlank();
        Path results = Path.of(System.getProperty("bench.results", partial ? "target/partial-RESULTS.md" : "RESULTS.md"));
        if (!Files.exists(results)) {
            Files.writeString(results, "# Benchmark results\n\nAppended by each run of the benchmark (newest last).\n");
        }
        Files.writeString(results, table.toString(), StandardOpenOption.APPEND);
        Path json = Path.of(System.getProperty("bench.json", "target/results.json"));
        Files.createDirectories(json.toAbsolutePath().getParent());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", ZonedDateTime.now().toString());
        out.put("machine", machine);
        out.put("command", command);
        out.put("rows", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), out);
    }

    /** The service, started in-process on its own data directory (embedded H2 file, no web server). */
    record Service(ConfigurableApplicationContext context) implements AutoCloseable {

        static Service start(Map<String, Object> settings) {
            return start(settings, false);
        }

        /** With the {@link Target}'s settings for the store (a data directory, or a MongoDB URI). */
        static Service start(Map<String, Object> settings, boolean web) {
            List<String> args = new ArrayList<>(List.of("--caseledger.embedded.port=0", "--logging.level.root=WARN"));
            settings.forEach((k, v) -> args.add("--" + k + "=" + v));
            if (web) {
                args.add("--server.port=0");
            }
            return new Service(new SpringApplicationBuilder(CaseLedgerApplication.class)
                    .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE).run(args.toArray(String[]::new)));
        }

        CommandGateway commands() {
            return context.getBean(CommandGateway.class);
        }

        EventStore eventStore() {
            return context.getBean(EventStore.class);
        }

        KeyedEventStorageEngine engine() {
            return (KeyedEventStorageEngine) context.getBean(EventStorageEngine.class);
        }

        StoreConfiguration.MongoConnection connection() {
            return context.getBean(StoreConfiguration.MongoConnection.class);
        }

        MongoCollection<Document> events() {
            return connection().database().getCollection("events");
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
