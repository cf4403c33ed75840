package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.caseledger.api.crypto.AnchorSigner;
import org.caseledger.api.crypto.MerkleTree;
import org.caseledger.api.integrity.CaseFileVerifier;
import org.caseledger.api.store.Anchors;
import org.caseledger.api.store.ChainMigration;
import org.caseledger.api.support.Cases;
import org.caseledger.eventstore.CaseChain;
import org.caseledger.eventstore.EventDocuments;
import org.caseledger.eventstore.GlobalIndexAllocator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * trust II: each attack done as the attacker does it — with the code and write access to the database, through the
 * MongoDB wire protocol on the embedded server, hashing with the jar's own classes — and what the service and the
 * offline verifier answer. A context of its own: the forged anchors must not reach the other tests' store.
 */
@TestPropertySource(properties = "caseledger.store.cache-size=10002")
class TrustAttacksTest extends ApiTest {

    @Autowired
    ChainMigration migration;

    MongoCollection<Document> events() {
        return mongo.database().getCollection("events");
    }

    MongoCollection<Document> anchors() {
        return mongo.database().getCollection("anchors");
    }

    String open(String caseId) {
        for (Object command : Cases.fileAndAssign(caseId)) {
            HttpApi.Reply r = api.post("officer-ludian", HttpApi.pathOf(command), (ObjectNode) HttpApi.JSON.valueToTree(command));
            assertThat(r.status()).as(r.body()).isIn(200, 201);
        }
        meeting(caseId, "talks", 200);
        return caseId;
    }

    HttpApi.Reply meeting(String caseId, String outcome, int expected) {
        HttpApi.Reply r = api.post("officer-ludian", "/api/cases/" + caseId + "/meetings", HttpApi.JSON.createObjectNode()
                .put("format", "IN_PERSON").put("outcome", outcome).put("occurredOn", "2025-03-11")
                .set("attendees", HttpApi.JSON.createArrayNode()));
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        return r;
    }

    JsonNode anchorNow() {
        HttpApi.Reply r = api.post("admin", "/api/admin/integrity/anchors", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode integrity(String caseId) {
        HttpApi.Reply r = api.get("auditor", "/api/cases/" + caseId + "/integrity");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The attacker's rewrite: one event's payload changed, every hash of the case recomputed so the chain holds. */
    void rewrite(String caseId, long seq, String field, String value) {
        events().updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key(caseId, seq)), Updates.set("payload." + field, value));
        String prev = CaseChain.GENESIS;
        for (long s = 0; ; s++) {
            Document d = events().find(Filters.eq(EventDocuments.KEY, EventDocuments.key(caseId, s))).first();
            if (d == null) {
                return;
            }
            String hash = CaseChain.hashOf(d, prev);
            events().updateOne(Filters.eq("_id", d.get("_id")), Updates.combine(Updates.set(CaseChain.PREV_HASH, prev), Updates.set(CaseChain.HASH, hash)));
            prev = hash;
        }
    }

    record Verified(int exit, String out) {
    }

    Verified verify(String exportJson, String... keys) throws Exception {
        Path file = Files.createTempFile("case-export", ".json");
        Files.writeString(file, exportJson);
        List<String> args = new ArrayList<>(List.of("verify", file.toString()));
        for (String k : keys) {
            args.add("--public-key");
            args.add(k);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CaseFileVerifier.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Verified(exit, out.toString(StandardCharsets.UTF_8));
    }

    String publishedKey() {
        return api.get("auditor", "/api/integrity/public-key").json().get("publicKey").asText();
    }

    /** Attack 1: the case rewritten, its anchor re-signed with the attacker's own key (kept in the anchor document). */
    @Test
    void an_anchor_re_signed_with_the_attackers_key_is_reported_forged_by_the_service_and_the_verifier() throws Exception {
        String id = open("LD-TA-1");
        long number = anchorNow().get("number").asLong();
        Document original = anchors().find(Filters.eq("_id", number)).first();
        try {
            rewrite(id, 3, "outcome", "the workers gave up their claim");
            Document forged = new Document(original);
            List<Document> leaves = new ArrayList<>();
            for (Document leaf : original.getList("leaves", Document.class)) {
                if (leaf.getString("caseId").equals(id)) {
                    leaf = new Document(leaf).append("hash", CaseChain.hashAt(events(), id, 3).orElseThrow());
                }
                leaves.add(leaf);
            }
            String root = MerkleTree.root(leaves.stream().map(l -> MerkleTree.leaf(l.getString("caseId"), ((Number) l.get("seq")).longValue(),
                    l.getString("hash"))).toList());
            AnchorSigner attacker = AnchorSigner.ephemeral();
            Anchors.Statement stored = new Anchors.Statement(number, java.time.LocalDate.parse(original.getString("day")),
                    original.getDate("createdAt").toInstant(), ((Number) original.get("fromGlobalIndex")).longValue(),
                    ((Number) original.get("upToGlobalIndex")).longValue(), original.getInteger("cases"), root, original.getString("previousAnchorHash"),
                    attacker.publicKey(), null, null, original.containsKey("refused") ? original.getList("refused", Document.class).stream()
                    .map(r -> new Anchors.Refusal(r.getString("caseId"), r.getString("reason"))).toList() : null);
            String signature = attacker.sign(stored.signedText());
            Anchors.Statement signed = new Anchors.Statement(stored.number(), stored.day(), stored.createdAt(), stored.fromGlobalIndex(),
                    stored.upToGlobalIndex(), stored.cases(), root, stored.previousAnchorHash(), attacker.publicKey(), signature, null, stored.refused());
            forged.append("merkleRoot", root).append("publicKey", attacker.publicKey()).append("signature", signature)
                    .append("anchorHash", signed.computedAnchorHash()).append("leaves", leaves);
            anchors().replaceOne(Filters.eq("_id", number), forged);

            JsonNode v = integrity(id);
            assertThat(v.get("status").asText()).isEqualTo("FORGED_ANCHOR");
            assertThat(v.get("valid").asBoolean()).isFalse();
            assertThat(v.get("anchor").get("verdict").asText()).isEqualTo("UNTRUSTED_KEY");
            assertThat(v.get("reason").asText()).contains("forged");

            String export = api.get("auditor", "/api/cases/" + id + "/export").body();
            Verified withKey = verify(export, publishedKey());
            assertThat(withKey.exit()).as(withKey.out()).isEqualTo(1);
            assertThat(withKey.out()).contains("forged");
            Verified withoutKey = verify(export);
            assertThat(withoutKey.exit()).as("no published key: unproven, never OK").isEqualTo(3);
            assertThat(withoutKey.out()).contains("UNPROVEN");

            HttpApi.Reply refused = api.post("admin", "/api/admin/integrity/anchors", null);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("code").asText()).isEqualTo("ANCHOR_LOG_BROKEN");
            assertThat(api.get("admin", "/actuator/health/readiness").body()).contains("forged");
        } finally {
            anchors().replaceOne(Filters.eq("_id", number), original);
        }
    }

    /** Attack 3: a later anchor does not whitewash a rewrite; the old anchor stays nameable and still catches it. */
    @Test
    void a_rewritten_case_is_refused_by_the_next_anchor_and_the_earlier_one_still_catches_it() throws Exception {
        String id = open("LD-TA-3");
        JsonNode first = anchorNow();
        rewrite(id, 2, "officerName", "someone else");
        JsonNode second = anchorNow();
        assertThat(second.get("refused").findValuesAsText("caseId")).contains(id);
        assertThat(second.toString()).contains("rewritten");
        String day = second.get("day").asText();
        JsonNode named = api.get("auditor", "/api/integrity/anchors/" + day + "/" + second.get("number").asLong()).json();
        assertThat(named.get("refused").findValuesAsText("caseId")).contains(id);
        assertThat(named.get("anchorHash").asText()).isEqualTo(second.get("anchorHash").asText());
        JsonNode againstFirst = api.get("auditor", "/api/cases/" + id + "/integrity?anchor=" + first.get("day").asText() + "&number="
                + first.get("number").asLong()).json();
        assertThat(againstFirst.get("status").asText()).isEqualTo("REWRITTEN");
        assertThat(integrity(id).get("status").asText()).as("the latest anchor holding it is still the first").isEqualTo("REWRITTEN");
        assertThat(api.get(null, "/actuator/prometheus").body()).contains("caseledger_integrity_anchor_refused_cases");
        Verified verified = verify(api.get("auditor", "/api/cases/" + id + "/export").body(), publishedKey());
        assertThat(verified.exit()).as(verified.out()).isEqualTo(1);
        assertThat(verified.out()).contains("rewritten");
    }

    /** Attack 4: hashes and the migration marker deleted: the service does not chain the tampered events on start. */
    @Test
    void deleted_hashes_are_not_re_chained_on_start_and_the_case_takes_no_new_event() {
        String id = open("LD-TA-4");
        long before = storedEvents(id);
        for (long s = 1; s <= 3; s++) {
            events().updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, s)),
                    Updates.combine(Updates.set("payload.caseId", id), Updates.unset(CaseChain.HASH), Updates.unset(CaseChain.PREV_HASH)));
        }
        mongo.database().getCollection("integrity").deleteOne(Filters.eq("_id", "sealing-and-chain-migration"));
        migration.migrateOnce(); // what the next start runs
        assertThat(events().find(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, 3))).first().getString(CaseChain.HASH)).isNull();
        JsonNode v = integrity(id);
        assertThat(v.get("status").asText()).isEqualTo("BROKEN");
        assertThat(v.get("firstBrokenSequence").asLong()).isEqualTo(1L);
        HttpApi.Reply refused = meeting(id, "more talks", 409);
        assertThat(refused.json().get("code").asText()).isEqualTo("CASE_HISTORY_TAMPERED");
        assertThat(refused.json().get("detail").asText()).contains(id);
        assertThat(storedEvents(id)).isEqualTo(before);
        try {
            Verified verified = verify(api.get("auditor", "/api/cases/" + id + "/export").body(), publishedKey());
            assertThat(verified.exit()).as(verified.out()).isEqualTo(1);
            assertThat(verified.out()).contains("event 1 has no hash");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        // an administrator may chain deliberately: recorded with his name
        JsonNode run = api.post("admin", "/api/admin/integrity/chain-migration", null).json();
        assertThat(run.get("by").asText()).isEqualTo("admin");
        assertThat(run.get("chainedEvents").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(events().find(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, 3))).first().getBoolean(CaseChain.CHAINED_BY_MIGRATION)).isTrue();
    }

    /** Attack 5: an event forged after the anchor, dated before it: not yet anchored and back-dated, never valid. */
    @Test
    void a_forged_back_dated_event_after_the_anchor_is_reported_not_yet_anchored_and_back_dated() throws Exception {
        String id = open("LD-TA-5");
        anchorNow();
        Document last = events().find(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, 3))).first();
        Document forged = new Document(last);
        long globalIndex = new GlobalIndexAllocator(mongo.database().getCollection("counters")).allocate(1);
        forged.put("_id", globalIndex);
        forged.put("seq", 4L);
        forged.put(EventDocuments.KEY, EventDocuments.key(id, 4));
        forged.put("timestamp", Date.from(Instant.now().minus(30, ChronoUnit.DAYS)));
        forged.put("eventId", java.util.UUID.randomUUID().toString());
        forged.put(CaseChain.PREV_HASH, last.getString(CaseChain.HASH));
        forged.remove(CaseChain.HASH);
        forged.put(CaseChain.HASH, CaseChain.hashOf(forged, last.getString(CaseChain.HASH)));
        events().insertOne(forged);

        JsonNode v = integrity(id);
        assertThat(v.get("chainIntact").asBoolean()).isTrue();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("status").asText()).isEqualTo("NOT_YET_ANCHORED");
        assertThat(v.get("findings").toString()).contains("event 4").contains("back-dated");

        Verified verified = verify(api.get("auditor", "/api/cases/" + id + "/export").body(), publishedKey());
        assertThat(verified.exit()).as(verified.out()).isEqualTo(1);
        assertThat(verified.out()).contains("not yet anchored").contains("back-dated");
    }

    /** Attack 8: the verifier never throws: a missing hash, an empty or broken file are findings, printed. */
    @Test
    void the_verifier_reports_what_it_cannot_check_and_never_throws() throws Exception {
        String id = open("LD-TA-8");
        anchorNow();
        ObjectNode export = (ObjectNode) HttpApi.JSON.readTree(api.get("auditor", "/api/cases/" + id + "/export").body());
        ((ObjectNode) export.get("events").get(1)).putNull("hash");
        Verified nullHash = verify(export.toString(), publishedKey());
        assertThat(nullHash.exit()).isEqualTo(1);
        assertThat(nullHash.out()).contains("event 1 has no hash").contains("checked:");
        assertThat(verify("{}", publishedKey()).exit()).isEqualTo(1);
        assertThat(verify("[1, 2", publishedKey()).exit()).isEqualTo(1);
        ObjectNode noEvents = (ObjectNode) HttpApi.JSON.readTree(api.get("auditor", "/api/cases/" + id + "/export").body());
        noEvents.putNull("events");
        assertThat(verify(noEvents.toString(), publishedKey()).exit()).isEqualTo(1);
        Verified good = verify(api.get("auditor", "/api/cases/" + id + "/export").body(), publishedKey());
        assertThat(good.exit()).as(good.out()).isZero();
        assertThat(good.out()).contains("root").contains("statement hash");
    }

    /** Attack 9: a rewrite under a running service: its next append does not fork the chain, it is refused. */
    @Test
    void an_append_onto_a_history_rewritten_under_the_service_is_refused() {
        String id = open("LD-TA-9");
        long before = storedEvents(id);
        rewrite(id, 3, "outcome", "agreed to nothing");
        HttpApi.Reply refused = meeting(id, "next talks", 409);
        assertThat(refused.json().get("code").asText()).isEqualTo("CASE_HISTORY_TAMPERED");
        assertThat(refused.json().get("detail").asText()).contains("event 3").contains(id);
        assertThat(storedEvents(id)).isEqualTo(before);
    }

    @Autowired
    org.caseledger.eventstore.KeyedEventStorageEngine engine;

    /** Attack 6: one bit of a sealed person flipped: the case stays readable (the person shown as unreadable), never a 500. */
    @Test
    void sealed_personal_data_with_a_flipped_bit_reads_as_unreadable_and_the_service_goes_on() {
        String id = open("LD-TA-6");
        Document filed = events().find(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, 0))).first();
        Document payload = (Document) filed.get("payload");
        Document claimant = payload.getList("claimants", Document.class).get(0);
        byte[] sealed = ((org.bson.types.Binary) ((Document) claimant.get("personalData")).get("sealed")).getData().clone();
        sealed[sealed.length / 2] ^= 0x01;
        events().updateOne(Filters.eq("_id", filed.get("_id")), Updates.set("payload.claimants.0.personalData.sealed", new org.bson.types.Binary(sealed)));

        HttpApi.Reply history = api.get("auditor", "/api/cases/" + id + "/history");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("无法读取");
        assertThat(api.get("auditor", "/api/cases/" + id + "/verify").status()).isEqualTo(200);
        JsonNode v = integrity(id);
        assertThat(v.get("status").asText()).isEqualTo("BROKEN");
        assertThat(v.get("firstBrokenSequence").asLong()).isZero();
        // what a restart does: the case's events read back from the store, opened on the way
        assertThat(engine.readEvents(id).asStream().count()).isEqualTo(4L);
        assertThat(api.get("admin", "/actuator/health/readiness").body()).contains("does not open");
        HttpApi.Reply rebuild = api.post("admin", "/api/admin/projections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> api.get("admin", "/api/admin/projections/rebuild").json().get("switched").asBoolean());
        assertThat(api.get("auditor", "/api/cases/" + id + "/timeline").status()).isEqualTo(200);
        try {
            Verified verified = verify(api.get("auditor", "/api/cases/" + id + "/export").body(), publishedKey());
            assertThat(verified.exit()).as(verified.out()).isEqualTo(1);
            assertThat(verified.out()).contains("event 0: its content does not match its hash");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
