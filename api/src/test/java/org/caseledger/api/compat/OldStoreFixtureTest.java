package org.caseledger.api.compat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.caseledger.api.support.Node;
import org.caseledger.core.scenario.CaseScenario;
import org.caseledger.core.scenario.CoverageCases;
import org.caseledger.core.scenario.LudianReferenceCaseTest;
import org.caseledger.core.scenario.PingliangReferenceCaseTest;
import org.caseledger.core.kernel.WageCaseEvent;
import org.caseledger.projections.ReadModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stored event names and shapes are a contract with users' data. A store written by version 0.1.0, 0.2.0 or 0.3.0 (the documents
 * of its {@code events}, {@code counters} and {@code snapshots} collections, every event type, checked into test resources) must load
 * in this version: every event deserializes into its event type, every case loads, and a projection from scratch
 * gives the read models that version wrote. Each fixture was written once by {@link #write_the_fixture()} running on its
 * version; it is never regenerated (a new version adds a fixture of its own beside it).
 */
class OldStoreFixtureTest {

    /** The versions whose stores are checked in, and how many event types each wrote. */
    static final Map<String, Long> EVENT_TYPES = Map.of("v0.1.0", 43L, "v0.2.0", 50L, "v0.3.0", 65L);
    static final Map<String, Object> NO_SWEEP = Map.of("caseledger.deadlines.sweep-enabled", false);
    static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    @org.junit.jupiter.params.ParameterizedTest(name = "a store written by {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"v0.1.0", "v0.2.0", "v0.3.0"})
    void a_store_written_by_an_earlier_version_loads_and_projects_to_the_read_models_it_had(String version) throws IOException {
        List<Document> events = lines(version, "events.jsonl");
        List<Document> snapshots = lines(version, "snapshots.jsonl");
        Map<String, String> expected = new TreeMap<>();
        lines(version, "readmodels.jsonl").forEach(d -> expected.put(d.getString("_key"), d.getString("json")));
        assertThat(events.stream().map(d -> d.getString("payloadType")).distinct().count())
                .as("the fixture holds every event type of " + version).isEqualTo(EVENT_TYPES.get(version));

        try (Node origin = Node.start(NO_SWEEP);
             MongoClient client = MongoClients.create(origin.embeddedConnectionString())) {
            MongoDatabase db = client.getDatabase("oldstore");
            db.getCollection("events").insertMany(events);
            if (!snapshots.isEmpty()) {
                db.getCollection("snapshots").insertMany(snapshots);
            }
            db.getCollection("counters").insertMany(lines(version, "counters.jsonl"));
            List<Document> personalKeys = optionalLines(version, "personal_keys.jsonl");
            if (!personalKeys.isEmpty()) {
                db.getCollection("personal_keys").insertMany(personalKeys); // wrapped under the test master key, as written
            }
            try (Node node = Node.start(Map.of("caseledger.mongodb-uri", uri(origin, "oldstore"),
                    "caseledger.deadlines.sweep-enabled", false))) {
                EventStorageEngine engine = node.bean(EventStorageEngine.class);
                Map<String, Long> lastSeq = events.stream().collect(Collectors.toMap(d -> d.getString("aggregateId"),
                        d -> ((Number) d.get("seq")).longValue(), Math::max, TreeMap::new));
                lastSeq.forEach((caseId, last) -> {
                    List<? extends DomainEventMessage<?>> loaded = engine.readEvents(caseId, 0).asStream().toList();
                    assertThat(loaded).hasSize((int) (last + 1));
                    assertThat(loaded).allSatisfy(m -> assertThat(m.getPayload()).isInstanceOf(WageCaseEvent.class));
                });
                // a snapshot of a layout other than the aggregate's (0.1.0's, 0.2.0's revision 4, 0.3.0's revision 5 once the
                // layout moved on) is passed over: the cases replay from events
                String revision = org.caseledger.core.wagecase.WageCase.class.getAnnotation(org.axonframework.serialization.Revision.class).value();
                snapshots.forEach(s -> assertThat(engine.readSnapshot(s.getString("aggregateId")).isPresent())
                        .as(version + "'s snapshot of revision " + s.get("payloadRevision") + " read only while it is the aggregate's layout")
                        .isEqualTo(revision.equals(s.get("payloadRevision"))));
                List<Object> payloads = lastSeq.keySet().stream().flatMap(caseId -> engine.readEvents(caseId, 0).asStream())
                        .map(m -> (Object) m.getPayload()).toList();
                if (version.equals("v0.1.0") || version.equals("v0.2.0")) {
                    assertShapesWidenedIn030ReadAsTheyMeant(payloads);
                }
                ReadModels readModels = node.bean(ReadModels.class);
                lastSeq.forEach((caseId, last) -> await().atMost(Duration.ofSeconds(60)).until(() -> {
                    Document t = readModels.active().timelines().find(new Document("_id", caseId)).first();
                    return t != null && ((Number) t.get("lastSeq")).longValue() >= last;
                }));
                Map<String, String> actual = readModelsOf(readModels.active());
                assertThat(actual.keySet()).isEqualTo(expected.keySet());
                Set<String> closedOnce = events.stream().filter(d -> d.getString("payloadType").endsWith("CaseClosed"))
                        .map(d -> d.getString("aggregateId")).collect(Collectors.toSet());
                expected.forEach((key, json) -> assertStillHolds(key, json, actual.get(key), closedOnce));

                // chained once on start, marked as such, and every case verifies
                // (a store written by 0.2.0 was chained and sealed as it was written: nothing to migrate)
                boolean before02 = version.equals("v0.1.0");
                assertThat(db.getCollection("events").countDocuments(new Document(org.caseledger.eventstore.CaseChain.CHAINED_BY_MIGRATION, true)))
                        .isEqualTo(before02 ? events.size() : 0);
                long withClaimants = events.stream().filter(d -> d.getString("payloadType").endsWith("WageClaimFiled")
                        || d.getString("payloadType").endsWith("ClaimantAdded")).count();
                assertThat(db.getCollection("events").countDocuments(new Document("sealedByMigration", true)))
                        .as("personal data written in clear is sealed in place").isEqualTo(before02 ? withClaimants : 0);
                assertThat(db.getCollection("events").find(new Document("payloadType", new Document("$in",
                        List.of("WageClaimFiled", "org.caseledger.core.intake.WageClaimFiled")))).first().toJson()).doesNotContain("工人");
                org.caseledger.api.store.StoreIntegrity integrity = node.bean(org.caseledger.api.store.StoreIntegrity.class);
                lastSeq.keySet().forEach(caseId -> assertThat(integrity.verifyCase(caseId).valid()).as(caseId).isTrue());

                // what this version writes: the stored name, not the Java class
                node.commands().sendAndWait(org.caseledger.api.support.Cases.file("NEW-1"));
                assertThat(db.getCollection("events").find(new Document("aggregateId", "NEW-1")).first().getString("payloadType"))
                        .isEqualTo("WageClaimFiled");
            }
        }
    }

    /**
     * The shapes 0.3.0 widened read as they meant then (law II): an objection ended the order, an obligor answers as its
     * role does, an award is final when every item was stated final, a payment came from a party.
     */
    private static void assertShapesWidenedIn030ReadAsTheyMeant(List<Object> payloads) {
        assertThat(payloads).filteredOn(org.caseledger.core.litigation.PaymentOrderObjected.class::isInstance).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(((org.caseledger.core.litigation.PaymentOrderObjected) p).orderLapsed()).isTrue();
                    assertThat(((org.caseledger.core.litigation.PaymentOrderObjected) p).ground())
                            .isEqualTo(org.caseledger.core.litigation.ObjectionGround.DISPUTES_DEBT);
                });
        assertThat(payloads).filteredOn(org.caseledger.core.intake.WageClaimFiled.class::isInstance).isNotEmpty()
                .flatMap(p -> ((org.caseledger.core.intake.WageClaimFiled) p).obligors())
                .allSatisfy(o -> assertThat(o.liability()).isEqualTo(o.role().defaultLiability()));
        assertThat(payloads).filteredOn(org.caseledger.core.litigation.ArbitralAwardIssued.class::isInstance).isNotEmpty()
                .allSatisfy(p -> {
                    org.caseledger.core.litigation.ArbitralAwardIssued a = (org.caseledger.core.litigation.ArbitralAwardIssued) p;
                    assertThat(a.finalAward()).isEqualTo(a.items().stream().allMatch(org.caseledger.core.litigation.AwardItem::finalItem));
                    assertThat(a.warnings()).isEmpty();
                });
        assertThat(payloads).filteredOn(org.caseledger.core.money.PaymentReceived.class::isInstance).isNotEmpty()
                .allSatisfy(p -> assertThat(((org.caseledger.core.money.PaymentReceived) p).payerObligorId()).isNotNull());
    }

    /**
     * Writes the fixture: the reference and coverage cases sent command by command to a running service, with the
     * metadata the HTTP layer adds. Run once per version, on that version: {@code -Dcaseledger.writeOldStoreFixture=v0.3.0}.
     */
    @Test
    @EnabledIfSystemProperty(named = "caseledger.writeOldStoreFixture", matches = "v\\d+\\.\\d+\\.\\d+")
    void write_the_fixture() throws IOException {
        String version = System.getProperty("caseledger.writeOldStoreFixture");
        List<CaseScenario> scenarios = new ArrayList<>(CoverageCases.run());
        scenarios.add(PingliangReferenceCaseTest.run());
        scenarios.add(LudianReferenceCaseTest.run());
        // since 0.3.0 (0.3.0 added events only these two cases append: an obligor's liability recorded)
        scenarios.add(org.caseledger.core.scenario.DawukouReferenceCaseTest.run());
        scenarios.add(org.caseledger.core.scenario.ConstructionCaseTest.run());
        // snapshots after 10 events, so the fixture holds some (each version's snapshot layout, passed over once the layout moves on)
        try (Node node = Node.start(Map.of("caseledger.deadlines.sweep-enabled", false, "caseledger.store.snapshot-threshold", 10))) {
            int request = 0;
            for (CaseScenario scenario : scenarios) {
                for (Object command : scenario.commands()) {
                    request++;
                    node.commands().sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(
                            org.caseledger.core.kernel.MetadataKeys.ACTING_USER, "fixture-officer",
                            org.caseledger.core.kernel.MetadataKeys.UNION_BODY, "鲁甸县总工会",
                            org.caseledger.core.kernel.MetadataKeys.REQUEST_TIME, "2026-11-27T06:30:00Z",
                            org.caseledger.core.kernel.MetadataKeys.CORRELATION_ID, "fixture-" + request)));
                }
            }
            MongoDatabase db = node.mongo().database();
            ReadModels readModels = node.bean(ReadModels.class);
            List<Document> events = db.getCollection("events").find().into(new ArrayList<>());
            Map<String, Long> lastSeq = events.stream().collect(Collectors.toMap(d -> d.getString("aggregateId"),
                    d -> ((Number) d.get("seq")).longValue(), Math::max));
            lastSeq.forEach((caseId, last) -> await().atMost(Duration.ofSeconds(60)).until(() -> {
                Document t = readModels.active().timelines().find(new Document("_id", caseId)).first();
                return t != null && ((Number) t.get("lastSeq")).longValue() >= last;
            }));
            await().atMost(Duration.ofSeconds(30)).until(() -> db.getCollection("snapshots").countDocuments() >= 3);
            Path dir = Path.of("src/test/resources/old-store", version);
            Files.createDirectories(dir);
            write(dir.resolve("events.jsonl"), events);
            write(dir.resolve("counters.jsonl"), db.getCollection("counters").find().into(new ArrayList<>()));
            write(dir.resolve("snapshots.jsonl"), db.getCollection("snapshots").find().into(new ArrayList<>()));
            write(dir.resolve("personal_keys.jsonl"), db.getCollection("personal_keys").find().into(new ArrayList<>()));
            List<Document> models = new ArrayList<>();
            readModelsOf(readModels.active()).forEach((key, json) -> models.add(new Document("_key", key).append("json", json)));
            write(dir.resolve("readmodels.jsonl"), models);
        }
    }

    /**
     * Every read-model document of a generation, as canonical JSON by collection and id (set-like lists sorted);
     * deadlines by what they answer (which day documents exist, empty ones included, depends on batch boundaries).
     */
    static Map<String, String> readModelsOf(ReadModels.Generation g) {
        Map<String, String> all = new TreeMap<>();
        Map<String, com.mongodb.client.MongoCollection<Document>> collections = Map.of("timelines", g.timelines(),
                "caselist", g.caseList(), "dashboard", g.dashboard());
        collections.forEach((name, collection) -> {
            for (Document d : collection.find().into(new ArrayList<>())) {
                if (org.caseledger.projections.CachedParts.isRevisions(d)) {
                    continue; // how often parts were written, not what they hold
                }
                for (String setField : List.of("days", "ids")) {
                    if (d.get(setField) instanceof List<?> list) {
                        d.put(setField, list.stream().map(String::valueOf).sorted().toList());
                    }
                }
                if (d.get("utf8") instanceof org.bson.types.Binary utf8) { // a timeline's JSON as bytes: compared as the text it is
                    d.remove("utf8");
                    d.put("json", new String(utf8.getData(), java.nio.charset.StandardCharsets.UTF_8));
                }
                all.put(name + "/" + d.get("_id"), d.toJson(CANONICAL));
            }
        });
        all.put("deadlines/open", new org.caseledger.projections.deadlines.DeadlineBuckets(g.deadlines())
                .dueOnOrBefore(java.time.LocalDate.of(9999, 12, 31)).stream().map(Object::toString).sorted().toList().toString());
        return all;
    }

    /**
     * What 0.1.0 wrote still holds: every field it had keeps its value (later versions may add fields), except the
     * corrections made since, each named here with its reason:
     * <ul>
     * <li>the sentences of a timeline are data worded in the reader's language since 0.4.0
 * ({@link #WORDED_AS_DATA_SINCE_040}).</li>
 * <li>a closed case has no enforcement going on, and one reopened in enforcement resumes its round:
     * 0.1.0 kept showing the state before the closing, e.g. MEASURES, and left its span open. The enforcement states of
     * cases that were ever closed are left out of the comparison.</li>
     * </ul>
     */
    static void assertStillHolds(String key, String expectedJson, String actualJson, Set<String> closedOnce) {
        if (!expectedJson.startsWith("{")) {
            assertThat(actualJson).as(key).isEqualTo(expectedJson);
            return;
        }
        assertContains(key, Document.parse(expectedJson), Document.parse(actualJson), closedOnce);
    }

    /** The timeline of a case ever closed, or its row in a case list, without its enforcement states. */
    private static void withoutEnforcementOf(Set<String> closedOnce, Document d) {
        if (closedOnce.contains(String.valueOf(d.get("caseId")))) {
            d.remove("enforcementState");
            d.remove("enforcementStates");
        }
    }

    /**
     * What the timelines of 0.3.0 and before said in English sentences and now say as data, each for the reader's
     * language (rooms II): an entry's summary, a stage's overlays (now the entries marked in it), a warning's context (now
     * the entry it belongs to), a measure's detail (now its entry's summary), and the obligors' ids and names kept beside
     * the obligors themselves.
     */
    static final java.util.regex.Pattern WORDED_AS_DATA_SINCE_040 = java.util.regex.Pattern.compile(
            "timelines/.*\\.json\\.(entries\\[\\d+]\\.summary|stages\\[\\d+]\\.overlays|warnings\\[\\d+]\\.context"
                    + "|measures\\[\\d+]\\.detail|obligorIds|obligorNames)");

    /** Every field of {@code expected} is in {@code actual} with the same value; a timeline kept as a JSON text is read. */
    private static void assertContains(String path, Object expected, Object actual, Set<String> closedOnce) {
        if (WORDED_AS_DATA_SINCE_040.matcher(path).matches()) {
            return;
        }
        if (expected instanceof String e && actual instanceof String a && e.startsWith("{") && a.startsWith("{")) {
            assertContains(path, Document.parse(e), Document.parse(a), closedOnce);
        } else if (expected instanceof Document e) {
            assertThat(actual).as(path).isInstanceOf(Document.class);
            withoutEnforcementOf(closedOnce, e);
            withoutEnforcementOf(closedOnce, (Document) actual);
            e.forEach((field, value) -> assertContains(path + "." + field, value, ((Document) actual).get(field), closedOnce));
        } else if (expected instanceof List<?> e) {
            assertThat(actual).as(path).isInstanceOf(List.class);
            assertThat((List<?>) actual).as(path).hasSameSizeAs(e);
            for (int i = 0; i < e.size(); i++) {
                assertContains(path + "[" + i + "]", e.get(i), ((List<?>) actual).get(i), closedOnce);
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static String uri(Node origin, String database) {
        return origin.embeddedConnectionString().replaceFirst("/caseledger$", "/" + database);
    }

    private static List<Document> optionalLines(String version, String file) throws IOException {
        return OldStoreFixtureTest.class.getResource("/old-store/" + version + "/" + file) == null ? List.of() : lines(version, file);
    }

    private static List<Document> lines(String version, String file) throws IOException {
        try (InputStream in = OldStoreFixtureTest.class.getResourceAsStream("/old-store/" + version + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(Document::parse).toList();
        }
    }

    private static void write(Path file, List<Document> docs) throws IOException {
        Files.writeString(file, docs.stream().map(d -> d.toJson(CANONICAL)).collect(Collectors.joining("\n", "", "\n")));
    }
}
