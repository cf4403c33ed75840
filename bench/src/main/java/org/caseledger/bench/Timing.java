package org.caseledger.bench;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** How the benchmark times things: tasks on threads, per-call samples (median first), sizes and memory. */
final class Timing {

    private Timing() {
    }

    /** Runs {@code n} tasks on {@code threads} threads and returns the seconds taken. */
    static double run(int threads, int n, TaskBody body) throws Exception {
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

    static Sampled sampled(int n, Callable<?> call) throws Exception {
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

    static int bsonSize(Document doc) {
        return new RawBsonDocument(doc, new DocumentCodec()).getByteBuffer().remaining();
    }

    static double rssMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("\\D", "")).mapToDouble(kb -> Double.parseDouble(kb) / 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
