package org.caseledger.api.web;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.caseledger.api.CaseLedgerApplication;
import org.caseledger.api.support.Cases;
import org.caseledger.api.support.Node;
import org.caseledger.embedded.EmbeddedMongo;
import org.caseledger.projections.CachedParts;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.deadlines.DeadlineBuckets;
import org.caseledger.projections.timeline.TimelineDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service processes (separate JVMs) on one store, as two nodes behind a load balancer: both take commands and
 * both project, the projection's segments split between them. One is killed with SIGKILL in the middle of the
 * commands; the other takes over its segments. Afterwards no acknowledged command is missing, none is applied twice,
 * and the read models equal a rebuild from the store.
 */
class TwoProcessesOneStoreTest {

    static final int CASES = 6;
    static final int MEETINGS = 120;
    static final String PASSWORD = "two-processes-test";

    @TempDir
    Path dir;

    @Test
    void both_take_commands_and_project_and_the_survivor_of_a_kill_dash_nine_takes_over() throws Exception {
        try (EmbeddedMongo store = EmbeddedMongo.startOnFile(dir.resolve("store"), "127.0.0.1", 0, 1_000);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase db = client.getDatabase("caseledger");
            String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
            int portA = freePort();
            int portB = freePort();
            Process a = start("a", portA, store.connectionString(), hash);
            Process b = start("b", portB, store.connectionString(), hash);
            try {
                Map<String, String> passwords = Map.of("officer-ludian", PASSWORD, "auditor", PASSWORD, "admin", PASSWORD);
                HttpApi onA = new HttpApi(portA, passwords);
                HttpApi onB = new HttpApi(portB, passwords);
                awaitReady(onA, a, "a");
                awaitReady(onB, b, "b");
                awaitUntil(60, "both processes hold a segment of the projection", () -> owners(db).size() == 2);

                for (int c = 0; c < CASES; c++) {
                    HttpApi node = c % 2 == 0 ? onA : onB;
                    for (Object command : Cases.fileAndAssign("LD-TP" + c)) {
                        HttpApi.Reply r = node.post("officer-ludian", HttpApi.pathOf(command), HttpApi.JSON.valueToTree(command));
                        assertThat(r.status()).as(r.body()).isIn(200, 201);
                    }
                }
                List<String> acknowledged = new ArrayList<>();
                boolean killed = false;
                for (int i = 0; i < MEETINGS; i++) {
                    if (i == MEETINGS / 2) {
                        a.destroyForcibly(); // SIGKILL: no shutdown hook, its segment's claim left behind
                        killed = true;
                    }
                    HttpApi node = i % 2 == 0 && !killed ? onA : onB;
                    Object meeting = Cases.meeting("LD-TP" + (i % CASES), "m-" + i);
                    try {
                        HttpApi.Reply r = node.post("officer-ludian", HttpApi.pathOf(meeting), HttpApi.JSON.valueToTree(meeting));
                        if (r.status() == 200 || r.status() == 201) {
                            acknowledged.add("m-" + i);
                        }
                    } catch (IllegalStateException connectionLost) {
                        // the killed process: the client does not know whether it was recorded
                    }
                }
                assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(MEETINGS - 1);

                // the survivor projects every case to the store's last event (it took over the dead one's segment)
                awaitUntil(120, "the survivor projects every case up to the store's last event", () -> {
                    for (int c = 0; c < CASES; c++) {
                        long stored = db.getCollection("events").countDocuments(new Document("aggregateId", "LD-TP" + c));
                        HttpApi.Reply timeline = onB.get("officer-ludian", "/api/cases/LD-TP" + c + "/timeline");
                        if (timeline.status() != 200 || !("\"" + (stored - 1) + "\"").equals(timeline.header("ETag"))) {
                            return false;
                        }
                    }
                    return true;
                });
                assertThat(owners(db)).as("segment owners after the kill").hasSize(1);

                // every acknowledged command once in the store and once in its case's timeline
                Map<String, Long> stored = new HashMap<>();
                for (Document e : db.getCollection("events").find(new Document("payloadType", "CoordinationMeetingHeld"))) {
                    stored.merge(e.get("payload", Document.class).getString("outcome"), 1L, Long::sum);
                }
                assertThat(stored.keySet()).containsAll(acknowledged);
                assertThat(stored.values()).as("no command recorded twice").containsOnly(1L);
                ReadModels readModels = new ReadModels(db);
                for (int c = 0; c < CASES; c++) {
                    var timeline = TimelineDocuments.read(readModels.active().timelines().find(new Document("_id", "LD-TP" + c)).first());
                    long events = db.getCollection("events").countDocuments(new Document("aggregateId", "LD-TP" + c));
                    assertThat(timeline.entries).as("LD-TP%d: one timeline entry per stored event", c).hasSize((int) events);
                    assertThat(timeline.entries.stream().map(e -> e.seq).distinct().count()).isEqualTo(events);
                }

                // and the read models equal a rebuild from the store
                int before = readModels.activeGeneration();
                assertThat(onB.post("admin", "/api/admin/projections/rebuild", null).status()).isIn(200, 202);
                awaitUntil(120, "the rebuild switches", () -> readModels.activeGeneration() == before + 1);
                assertThat(everything(readModels.generation(before + 1))).isEqualTo(everything(readModels.generation(before)));
            } finally {
                a.destroyForcibly();
                b.destroyForcibly();
                a.waitFor(30, TimeUnit.SECONDS);
                b.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The processes that hold a claim on a segment of the live projection. */
    private static Set<String> owners(MongoDatabase db) {
        return db.getCollection("trackingtokens").find().into(new ArrayList<>()).stream()
                .filter(t -> t.getString("processorName").startsWith("case-projection-g") && t.getString("owner") != null)
                .map(t -> t.getString("owner")).collect(Collectors.toSet());
    }

    /** Every read-model document of a generation, by kind and id, the way a rebuild would write it. */
    private static Map<String, Object> everything(ReadModels.Generation g) {
        Map<String, Object> all = new TreeMap<>();
        Map.of("timelines", g.timelines(), "caselist", g.caseList(), "dashboard", g.dashboard()).forEach((kind, collection) -> {
            for (Document d : collection.find()) {
                if (CachedParts.isRevisions(d)) {
                    continue; // how often parts were written, not what they hold
                }
                if (d.get("ids") instanceof List<?> ids) {
                    d.put("ids", ids.stream().map(String::valueOf).sorted().toList());
                }
                if (kind.equals("timelines")) {
                    d.put("utf8", HttpApi.JSON.valueToTree(TimelineDocuments.read(d)).toString());
                }
                all.put(kind + "/" + d.get("_id"), d.toJson());
            }
        });
        all.put("deadlines", new DeadlineBuckets(g.deadlines()).dueOnOrBefore(LocalDate.of(9999, 12, 31)).stream().map(Object::toString).sorted().toList());
        return all;
    }

    private Process start(String name, int port, String mongodbUri, String hash) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                CaseLedgerApplication.class.getName(), "--server.port=" + port, "--caseledger.mongodb-uri=" + mongodbUri,
                "--caseledger.personal-data.master-key=" + Node.TEST_MASTER_KEY, "--caseledger.deadlines.sweep-enabled=false",
                "--logging.level.org.caseledger.projections=INFO", "--logging.level.org.axonframework.eventhandling.pooled=INFO"));
        command.addAll(List.of("--caseledger.union-bodies[0].code=LD", "--caseledger.union-bodies[0].name=鲁甸县总工会",
                "--caseledger.union-bodies[0].level=COUNTY", "--caseledger.union-bodies[0].region=530621"));
        String[][] users = {{"officer-ludian", "OFFICER", "鲁甸县总工会"}, {"auditor", "AUDITOR", null}, {"admin", "ADMIN", null}};
        for (int i = 0; i < users.length; i++) {
            String u = "--caseledger.security.users[" + i + "].";
            command.addAll(List.of(u + "username=" + users[i][0], u + "password-hash=" + hash, u + "roles=" + users[i][1]));
            if (users[i][2] != null) {
                command.add(u + "union-body=" + users[i][2]);
            }
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private void awaitReady(HttpApi api, Process service, String name) throws Exception {
        awaitUntil(120, "process " + name + " ready", () -> {
            assertThat(service.isAlive()).as("process %s stopped: %s", name, tail(name)).isTrue();
            try {
                return api.get(null, "/actuator/health/readiness").status() == 200;
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private void awaitUntil(int seconds, String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + seconds + " s: " + what + "\n" + tail("a") + "\n" + tail("b"));
    }

    private String tail(String name) throws Exception {
        Path p = dir.resolve(name + ".log");
        if (!Files.exists(p)) {
            return "";
        }
        List<String> lines = Files.readAllLines(p);
        return name + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
