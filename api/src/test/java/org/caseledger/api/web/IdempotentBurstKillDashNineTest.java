package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.CaseLedgerApplication;
import org.caseledger.api.support.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's "done when": the service, a separate process on an H2 file, is killed with SIGKILL in the middle of a
 * burst of 1,000 commands sent with idempotency keys by 8 clients at once. After a restart, every key is retried with
 * its request: no key stays blocked, every answer acknowledged before the kill is given again, and every command is
 * recorded exactly once.
 */
class IdempotentBurstKillDashNineTest {

    static final int COMMANDS = 1_000;
    static final int CASES = 10;

    @TempDir
    Path dataDir;

    @Test
    void after_kill_dash_nine_in_a_burst_no_key_is_stuck_and_no_command_is_recorded_twice() throws Exception {
        int port = freePort();
        Process first = start(port, "first.log");
        HttpApi api = new HttpApi(port);
        awaitReady(api, first);
        for (int c = 0; c < CASES; c++) {
            for (Object command : Cases.fileAndAssign("LD-B" + c)) {
                assertThat(api.post("officer-ludian", HttpApi.pathOf(command), HttpApi.JSON.valueToTree(command)).status()).isIn(200, 201);
            }
        }

        Map<Integer, HttpApi.Reply> beforeKill = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < COMMANDS; i++) {
            int n = i;
            clients.submit(() -> {
                try {
                    HttpApi.Reply r = send(api, n);
                    beforeKill.put(n, r);
                    if (answered.incrementAndGet() == COMMANDS / 3) {
                        first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, requests in flight
                    }
                } catch (IllegalStateException connectionLost) {
                    // the service died under this request: the client does not know whether it was recorded
                }
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(beforeKill).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(COMMANDS / 3);
        assertThat(beforeKill.size()).as("the kill came in the middle of the burst").isLessThan(COMMANDS);

        Process second = start(port, "second.log");
        try {
            awaitReady(api, second);
            Thread.sleep(2_500); // the lease (2 s) of claims the crash left unanswered
            Map<Integer, HttpApi.Reply> retried = new HashMap<>();
            List<String> stuck = new ArrayList<>();
            for (int i = 0; i < COMMANDS; i++) {
                HttpApi.Reply r = send(api, i);
                retried.put(i, r);
                if (r.status() != 200) {
                    stuck.add("k-" + i + " → " + r.status() + " " + r.body());
                }
            }
            assertThat(stuck).as("keys answered other than 200 after the restart").isEmpty();
            long replayed = retried.values().stream().filter(r -> "true".equals(r.header("Idempotent-Replay"))).count();
            System.out.printf("burst: %d answered before the kill; after the restart %d replayed, %d ran%n",
                    beforeKill.size(), replayed, COMMANDS - replayed);
            beforeKill.forEach((n, r) -> {
                if (r.status() == 200) {
                    assertThat(retried.get(n).json().get("version")).as("the first answer to k-" + n).isEqualTo(r.json().get("version"));
                }
            });

            Map<String, Integer> recorded = new HashMap<>();
            for (int c = 0; c < CASES; c++) {
                for (JsonNode entry : api.get("auditor", "/api/cases/LD-B" + c + "/history").json()) {
                    if (entry.get("type").asText().equals("CoordinationMeetingHeld")) {
                        recorded.merge(entry.get("payload").get("outcome").asText(), 1, Integer::sum);
                    }
                }
            }
            assertThat(recorded).as("every command of the burst recorded").hasSize(COMMANDS);
            assertThat(recorded.values()).as("no command recorded twice").containsOnly(1);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static HttpApi.Reply send(HttpApi api, int n) {
        ObjectNode meeting = HttpApi.JSON.createObjectNode().put("format", "IN_PERSON").put("outcome", "burst-" + n)
                .put("occurredOn", "2025-03-11");
        meeting.putArray("attendees");
        return api.send("officer-ludian", "POST", "/api/cases/LD-B" + (n % CASES) + "/meetings", meeting, Map.of("Idempotency-Key", "k-" + n));
    }

    private Process start(int port, String log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), CaseLedgerApplication.class.getName(),
                "--spring.profiles.active=demo", "--server.port=" + port, "--caseledger.embedded.data-dir=" + dataDir.resolve("data"),
                "--caseledger.embedded.port=0", "--caseledger.deadlines.sweep-enabled=false", "--caseledger.idempotency.lease=2s")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve(log).toFile()).start();
    }

    private void awaitReady(HttpApi api, Process service) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service stopped: %s", tail()).isTrue();
            try {
                if (api.get(null, "/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready: " + tail());
    }

    private String tail() throws Exception {
        StringBuilder s = new StringBuilder();
        for (String log : List.of("first.log", "second.log")) {
            Path p = dataDir.resolve(log);
            if (Files.exists(p)) {
                List<String> lines = Files.readAllLines(p);
                s.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
        }
        return s.toString();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
