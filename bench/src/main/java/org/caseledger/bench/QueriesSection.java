package org.caseledger.bench;

import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** HTTP latencies of the reads officers and leaders make most: a timeline, a case list page, the dashboards. */
final class QueriesSection {

    private QueriesSection() {
    }

    static void run(BenchRun bench, Service service) throws Exception {
        int port = Integer.parseInt(service.context().getEnvironment().getProperty("local.server.port"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        // only cases the read models have (a capped rebuild leaves the rest for later)
        var generation = service.context().getBean(org.caseledger.projections.ReadModels.class).active();
        List<String> projected = generation.timelines().find().projection(new Document("_id", 1)).limit(20_000)
                .map(d -> d.getString("_id")).into(new ArrayList<>());
        long cases = generation.timelines().estimatedDocumentCount();
        String note = String.format(Locale.ROOT, "%,d cases in the read models, embedded server", cases);
        bench.rows.add(latency(http, port, "auditor:auditor-demo", Integer.getInteger("bench.timelineRequests", 300),
                i -> "/api/cases/" + projected.get(ThreadLocalRandom.current().nextInt(projected.size())) + "/timeline", "timeline", note));
        bench.rows.add(latency(http, port, "auditor:auditor-demo", 20, i -> "/api/cases?unionBody=" + enc("县总工会-" + (i % 20)) + "&page=0&size=20",
                "case list (one union body, first page)", note));
        bench.rows.add(latency(http, port, "dashboard:dashboard-demo", 30, i -> "/api/dashboard?unionBody=" + enc("县总工会-" + (i % 20)),
                "dashboard (one union body, 24 months)", note));
        bench.rows.add(latency(http, port, "dashboard:dashboard-demo", 5, i -> "/api/dashboard", "dashboard (everything)", note));
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
}
