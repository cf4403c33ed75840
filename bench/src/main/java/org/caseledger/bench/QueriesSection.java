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
                i -> "/api/cases/" + projected.get(ThreadLocalRandom.current().nextInt(projected.size())) + "/timeline", "timeline", "goal p99 ≤ 10 ms; " + note));
        // each union body read once after the rebuild, then again (from memory, as officers and leaders read the same
        // lists all day; parts changed meanwhile are fetched again). Since issue 31 the service itself reads every list
        // and dashboard once when it has caught up (ReadModelWarmUp; the growth section waits for it), so the first
        // read is no longer the one that fetches and decodes the parts.
        for (String round : new String[]{"first read of each body after the rebuild", "read again"}) {
            boolean first = round.startsWith("first");
            bench.rows.add(latency(http, port, "auditor:auditor-demo", first ? 17 : 40,
                    i -> "/api/cases?unionBody=" + enc("县总工会-" + (i % 20)) + "&page=0&size=20",
                    "case list (one union body, first page), " + round,
                    "goal p50 ≤ 10 ms" + (first ? " (first read ≤ 30 ms), after the service's own reading; " : "; ") + note));
            bench.rows.add(latency(http, port, "dashboard:dashboard-demo", first ? 17 : 40,
                    i -> "/api/dashboard?unionBody=" + enc("县总工会-" + (i % 20)), "dashboard (one union body, 24 months), " + round, note));
        }
        bench.rows.add(latency(http, port, "dashboard:dashboard-demo", 30, i -> "/api/dashboard", "dashboard (everything)", "goal p50 ≤ 50 ms; " + note));
        // the pages people open, rendered by the server, over a signed-in session
        java.net.http.HttpClient auditor = signedIn(port, "auditor", "auditor-demo");
        bench.rows.add(page(auditor, port, Integer.getInteger("bench.timelineRequests", 300) / 3,
                i -> "/cases/" + projected.get(ThreadLocalRandom.current().nextInt(projected.size())), "case page", note));
        bench.rows.add(page(auditor, port, 10, i -> "/cases?page=" + i, "case list page (every union body)", note));
        java.net.http.HttpClient leader = signedIn(port, "dashboard", "dashboard-demo");
        bench.rows.add(page(leader, port, 5, i -> "/dashboard", "dashboard page (everything)", note));
    }

    /**
     * The front desk's reads: a body's inbox (its open orders), the hotline dashboard of one body and of all, the inbox
     * page; each first read then read again, as for the case list.
     */
    static void frontDesk(BenchRun bench, Service service, String note) throws Exception {
        int port = Integer.parseInt(service.context().getEnvironment().getProperty("local.server.port"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        List<String> bodies = WorkOrdersSection.BODIES.stream().map(org.caseledger.core.kernel.UnionBody::name).toList();
        for (String round : new String[]{"first read of each body", "read again"}) {
            boolean first = round.startsWith("first");
            bench.rows.add(latency(http, port, "auditor:auditor-demo", first ? bodies.size() : 40,
                    i -> "/api/work-orders?body=" + enc(bodies.get(i % bodies.size())), "work-order inbox (one union body), " + round,
                    "goal p50 ≤ 10 ms (the case list's); " + note));
            bench.rows.add(latency(http, port, "dashboard:dashboard-demo", first ? bodies.size() : 40,
                    i -> "/api/dashboard/hotline?body=" + enc(bodies.get(i % bodies.size())), "hotline dashboard (one union body), " + round, note));
        }
        bench.rows.add(latency(http, port, "dashboard:dashboard-demo", 30, i -> "/api/dashboard/hotline", "hotline dashboard (everything)",
                "goal p50 ≤ 50 ms (the dashboard's); " + note));
        java.net.http.HttpClient auditor = signedIn(port, "auditor", "auditor-demo");
        bench.rows.add(page(auditor, port, 20, i -> "/work-orders?body=" + enc(bodies.get(i % bodies.size())), "work-order inbox page", note));
        java.net.http.HttpClient leader = signedIn(port, "dashboard", "dashboard-demo");
        bench.rows.add(page(leader, port, 10, i -> "/dashboard/hotline", "hotline dashboard page (everything)", note));
    }

    /** A client holding a session cookie, signed in through the sign-in form (with its CSRF token). */
    private static java.net.http.HttpClient signedIn(int port, String user, String password) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String form = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + answer.statusCode());
        }
        return http;
    }

    private static Row page(java.net.http.HttpClient http, int port, int n, java.util.function.IntFunction<String> path, String what,
                            String note) throws Exception {
        return timed(n, what, note, i -> http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path.apply(i)))
                .header("Accept-Language", "zh-CN").build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Row latency(java.net.http.HttpClient http, int port, String credentials, int n,
                               java.util.function.IntFunction<String> path, String what, String note) throws Exception {
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return timed(n, what, note, i -> http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path.apply(i)))
                .header("Authorization", auth).build(), java.net.http.HttpResponse.BodyHandlers.ofString()));
    }

    /** One request of a series. */
    @FunctionalInterface
    private interface Request {
        java.net.http.HttpResponse<String> send(int i) throws Exception;
    }

    private static Row timed(int n, String what, String note, Request request) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n + 3; i++) {
            long started = System.nanoTime();
            java.net.http.HttpResponse<String> response = request.send(i);
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
