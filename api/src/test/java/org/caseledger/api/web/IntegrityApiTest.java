package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.caseledger.api.support.Cases;
import org.caseledger.eventstore.EventDocuments;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/**
 * Issue 16, the hash chain through the front door: auditors and admins recompute a case's chain; stored documents
 * edited or removed directly in MongoDB are reported at the event where it happened; the admin checks the whole store.
 */
class IntegrityApiTest extends ApiTest {

    String open(String caseId) {
        for (Object command : Cases.fileAndAssign(caseId)) {
            HttpApi.Reply r = api.post("officer-ludian", HttpApi.pathOf(command), (ObjectNode) HttpApi.JSON.valueToTree(command));
            assertThat(r.status()).as(r.body()).isIn(200, 201);
        }
        HttpApi.Reply r = api.post("officer-ludian", "/api/cases/" + caseId + "/meetings", HttpApi.JSON.createObjectNode()
                .put("format", "IN_PERSON").put("outcome", "talks").put("occurredOn", "2025-03-11")
                .set("attendees", HttpApi.JSON.createArrayNode()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return caseId;
    }

    MongoCollection<Document> events() {
        return mongo.database().getCollection("events");
    }

    JsonNode integrity(String user, String caseId) {
        HttpApi.Reply r = api.get(user, "/api/cases/" + caseId + "/integrity");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void an_untouched_case_verifies_for_auditors_and_admins_only() {
        String id = open("LD-INT-1");
        JsonNode v = integrity("auditor", id);
        // the chain holds, but nothing outside the database vouches for it until an anchor holds the case
        assertThat(v.get("chainIntact").asBoolean()).isTrue();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("status").asText()).isEqualTo("NOT_YET_ANCHORED");
        assertThat(v.get("events").asInt()).isEqualTo(4);
        assertThat(v.get("headHash").asText()).hasSize(64);
        assertThat(integrity("admin", id).get("headHash").asText()).isEqualTo(v.get("headHash").asText());
        assertThat(api.get("officer-ludian", "/api/cases/" + id + "/integrity").status()).isEqualTo(403);
        assertThat(api.get("dashboard", "/api/cases/" + id + "/integrity").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/cases/" + id + "/integrity").status()).isEqualTo(401);
        assertProblem(api.get("auditor", "/api/cases/LD-NO-SUCH/integrity"), 404, "CASE_NOT_FOUND", null);
    }

    @Test
    void a_payload_edited_in_the_database_is_reported_at_its_event() {
        String id = open("LD-INT-2");
        events().updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, 1)), Updates.set("payload.caseId", "LD-OTHER"));
        JsonNode v = integrity("auditor", id);
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstBrokenSequence").asLong()).isEqualTo(1L);
        assertThat(v.get("reason").asText()).contains("changed");
    }

    @Test
    void the_last_event_deleted_in_the_database_is_caught_against_the_read_models() {
        String id = open("LD-INT-3");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("auditor", "/api/cases/" + id + "/timeline").json()
                .get("timeline").get("lastSeq").asLong() == 3);
        events().deleteOne(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, 3)));
        JsonNode v = integrity("auditor", id);
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstBrokenSequence").asLong()).isEqualTo(3L);
        assertThat(v.get("reason").asText()).contains("missing");
    }

    @Test
    void the_admin_checks_the_whole_store_and_sees_the_broken_cases() {
        String good = open("LD-INT-4");
        String bad = open("LD-INT-5");
        events().updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key(bad, 2)), Updates.set("metadata.actingUser", "someone-else"));
        assertThat(api.post("auditor", "/api/admin/integrity/check", null).status()).isEqualTo(403);
        HttpApi.Reply started = api.post("admin", "/api/admin/integrity/check", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> !api.get("admin", "/api/admin/integrity/check").json().get("running").asBoolean());
        JsonNode progress = api.get("admin", "/api/admin/integrity/check").json();
        assertThat(progress.get("casesChecked").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(progress.get("broken").findValuesAsText("aggregateId")).contains(bad).doesNotContain(good);
        assertThat(api.get(null, "/actuator/prometheus").body()).contains("caseledger_integrity_cases_broken");
    }

    @Test
    void an_anchor_signs_the_heads_and_catches_a_case_rewritten_with_recomputed_hashes() {
        String id = open("LD-INT-6");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(api.post("officer-ludian", "/api/admin/integrity/anchors", null).status()).isEqualTo(403);
        HttpApi.Reply first = api.post("admin", "/api/admin/integrity/anchors", null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode statement = first.json();
        assertThat(statement.get("cases").asInt()).isPositive();
        assertThat(api.get("officer-ludian", "/api/integrity/anchors/" + today).json().findValuesAsText("anchorHash"))
                .contains(statement.get("anchorHash").asText());
        assertThat(api.get("auditor", "/api/integrity/public-key").json().get("publicKey").asText())
                .isEqualTo(statement.get("publicKey").asText());

        HttpApi.Reply anchored = api.get("auditor", "/api/cases/" + id + "/integrity?anchor=" + today);
        assertThat(anchored.status()).as(anchored.body()).isEqualTo(200);
        JsonNode check = anchored.json();
        assertThat(check.get("valid").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("status").asText()).isEqualTo("PROVEN");
        assertThat(check.get("anchor").get("signatureValid").asBoolean()).isTrue();
        assertThat(check.get("anchor").get("verdict").asText()).isEqualTo("TRUSTED");
        assertThat(check.get("anchor").get("proofLeadsToRoot").asBoolean()).isTrue();
        assertThat(check.get("anchor").get("storedEventMatches").asBoolean()).isTrue();

        // an operator rewrites the case and recomputes every hash: the chain alone holds, the anchor does not
        events().updateOne(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, 3)), Updates.set("payload.outcome", "paid in full"));
        String prev = org.caseledger.eventstore.CaseChain.GENESIS;
        for (long seq = 0; seq <= 3; seq++) {
            Document d = events().find(Filters.eq(EventDocuments.KEY, EventDocuments.key(id, seq))).first();
            String hash = org.caseledger.eventstore.CaseChain.hashOf(d, prev);
            events().updateOne(Filters.eq("_id", d.get("_id")), Updates.combine(
                    Updates.set(org.caseledger.eventstore.CaseChain.PREV_HASH, prev), Updates.set(org.caseledger.eventstore.CaseChain.HASH, hash)));
            prev = hash;
        }
        JsonNode latest = integrity("auditor", id);
        assertThat(latest.get("chainIntact").asBoolean()).as("the chain alone").isTrue();
        assertThat(latest.get("status").asText()).isEqualTo("REWRITTEN");
        JsonNode caught = api.get("auditor", "/api/cases/" + id + "/integrity?anchor=" + today).json();
        assertThat(caught.get("valid").asBoolean()).isFalse();
        assertThat(caught.get("reason").asText()).contains("rewritten");
        assertThat(caught.get("anchor").get("storedEventMatches").asBoolean()).isFalse();

        // the next anchor is chained to this one
        JsonNode second = api.post("admin", "/api/admin/integrity/anchors", null).json();
        assertThat(second.get("previousAnchorHash").asText()).isEqualTo(statement.get("anchorHash").asText());
        assertThat(second.get("number").asLong()).isEqualTo(statement.get("number").asLong() + 1);
        // and does not whitewash the rewrite: the case is refused, not anchored again
        assertThat(second.get("refused").findValuesAsText("caseId")).contains(id);
        assertProblem(api.get("auditor", "/api/cases/" + id + "/integrity?anchor=2001-01-01"), 404, "NOT_ANCHORED", "anchor");
        assertProblem(api.get("auditor", "/api/cases/" + id + "/integrity?anchor=yesterday"), 400, "INVALID_INPUT", "anchor");
    }

    @Test
    void an_auditor_exports_a_case_file_that_checks_offline_and_fails_when_altered() throws Exception {
        String id = open("LD-INT-7");
        assertThat(api.post("admin", "/api/admin/integrity/anchors", null).status()).isEqualTo(201);
        assertThat(api.get("officer-ludian", "/api/cases/" + id + "/export").status()).isEqualTo(403);
        assertThat(api.get("admin", "/api/cases/" + id + "/export").status()).isEqualTo(403);
        HttpApi.Reply export = api.get("auditor", "/api/cases/" + id + "/export");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).doesNotContain("张三").contains("sealed");
        String publicKey = api.get("auditor", "/api/integrity/public-key").json().get("publicKey").asText();

        java.nio.file.Path file = java.nio.file.Files.createTempFile("case-export", ".json");
        java.nio.file.Files.writeString(file, export.body());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int ok = org.caseledger.api.integrity.CaseFileVerifier.run(new String[]{"verify", file.toString(), "--public-key", publicKey},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ok).as(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("OK").contains("anchored");

        // one altered field of one event: the verifier names the event
        ObjectNode altered = (ObjectNode) HttpApi.JSON.readTree(export.body());
        ObjectNode third = (ObjectNode) altered.get("events").get(2);
        third.put("metadata", third.get("metadata").asText().replace("officer-ludian", "someone-else"));
        java.nio.file.Files.writeString(file, altered.toString());
        out.reset();
        int bad = org.caseledger.api.integrity.CaseFileVerifier.run(new String[]{"verify", file.toString()},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bad).isEqualTo(1);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("event 2");

        // the right file, another union's key: refused
        java.nio.file.Files.writeString(file, export.body());
        out.reset();
        String otherKey = org.caseledger.api.crypto.AnchorSigner.ephemeral().publicKey();
        assertThat(org.caseledger.api.integrity.CaseFileVerifier.run(new String[]{"verify", file.toString(), "--public-key", otherKey},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(1);
    }
}
