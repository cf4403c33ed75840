package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.support.Cases;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clear errors that record nothing, idempotent retries, optimistic concurrency, and who may do what.
 * Each test works on its own case.
 */
class ApiContractTest extends ApiTest {

    String open(String caseId) {
        for (Object command : Cases.fileAndAssign(caseId)) {
            ObjectNode json = HttpApi.JSON.valueToTree(command);
            HttpApi.Reply r = api.post("officer-ludian", HttpApi.pathOf(command), json);
            assertThat(r.status()).as(r.body()).isIn(200, 201);
        }
        return caseId;
    }

    ObjectNode meeting(String outcome) {
        return HttpApi.JSON.createObjectNode().put("format", "IN_PERSON").put("outcome", outcome).put("occurredOn", "2025-03-11")
                .set("attendees", HttpApi.JSON.createArrayNode());
    }

    static void assertProblem(HttpApi.Reply r, int status, String code, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("content-type")).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("code").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(p.get("field").asText()).isEqualTo(field);
        }
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    @Test
    void every_error_class_is_a_problem_with_a_code_a_field_and_a_reason_and_records_nothing() {
        String id = open("LD-E1");
        long before = storedEvents();

        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/meetings", "{not json"), 400, "INVALID_INPUT", null);
        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/meetings", meeting("x").put("occurredOn", "someday")), 400, "INVALID_INPUT", "occurredOn");
        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/meetings", meeting("x").put("colour", "red")), 400, "INVALID_INPUT", "colour");
        ObjectNode noDate = meeting("x");
        noDate.remove("occurredOn");
        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/meetings", noDate), 400, "INVALID_INPUT", "occurredOn");
        ObjectNode negative = HttpApi.JSON.createObjectNode().put("claimantId", "W1").put("revised", -100).put("reason", "x")
                .put("occurredOn", "2025-03-11");
        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/claim-revisions", negative), 400, "INVALID_INPUT", "revised");
        assertProblem(api.post("officer-ludian", "/api/cases/NOPE-1/meetings", meeting("x")), 404, "CASE_NOT_FOUND", "caseId");
        assertProblem(api.get("officer-ludian", "/api/cases/NOPE-1"), 404, "CASE_NOT_FOUND", "caseId");
        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/no-such-command", meeting("x")), 404, "UNKNOWN_COMMAND", null);
        assertProblem(api.send("officer-ludian", "POST", "/api/cases/LD-E1/meetings", meeting("x"), Map.of("If-Match", "\"1\"")),
                409, "CONCURRENT_MODIFICATION", null);
        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/legal-aid/grant", Map.of("occurredOn", "2025-03-12")),
                422, "WRONG_STAGE", null);
        ObjectNode unknownClaimant = negative.put("claimantId", "W9").put("revised", 100);
        assertProblem(api.post("officer-ludian", "/api/cases/LD-E1/claim-revisions", unknownClaimant), 422, "UNKNOWN_CLAIMANT", "claimantId");
        assertProblem(api.post(null, "/api/cases/LD-E1/meetings", meeting("x")), 401, "UNAUTHENTICATED", null);
        assertProblem(api.post("auditor", "/api/cases/LD-E1/meetings", meeting("x")), 403, "FORBIDDEN", null);
        ObjectNode filedElsewhere = HttpApi.JSON.valueToTree(Cases.file("LD-E2"));
        ((ObjectNode) filedElsewhere.get("unionBody")).put("name", "平凉市总工会");
        assertProblem(api.post("officer-ludian", "/api/cases", filedElsewhere), 403, "OTHER_UNION_BODY", "unionBody.name");
        assertProblem(api.post("officer-ludian", "/api/cases", HttpApi.JSON.valueToTree(Cases.file(id))), 409, "CASE_ALREADY_EXISTS", "caseId");

        assertThat(storedEvents()).as("refused requests append nothing").isEqualTo(before);

        HttpApi.Reply ok = api.send("officer-ludian", "POST", "/api/cases/LD-E1/meetings", meeting("talks"), Map.of("If-Match", "\"2\""));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("etag")).isEqualTo("\"3\"");
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_answer_and_appends_nothing() {
        open("LD-I1");
        ObjectNode payment = HttpApi.JSON.createObjectNode().put("paymentId", "PAY-1").put("payerObligorId", "EMP").put("channel", "DIRECT")
                .put("amount", 100_000).put("occurredOn", "2025-03-12");
        payment.putArray("allocations").addObject().put("claimantId", "W1").put("amount", 100_000);
        Map<String, String> key = Map.of("Idempotency-Key", "pay-once-1");
        HttpApi.Reply first = api.send("officer-ludian", "POST", "/api/cases/LD-I1/payments", payment, key);
        assertThat(first.status()).isEqualTo(200);
        long after = storedEvents("LD-I1");
        HttpApi.Reply retry = api.send("officer-ludian", "POST", "/api/cases/LD-I1/payments", payment, key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("etag")).isEqualTo(first.header("etag"));
        assertThat(retry.header("idempotent-replay")).isEqualTo("true");
        assertThat(storedEvents("LD-I1")).isEqualTo(after);

        ObjectNode other = payment.deepCopy().put("amount", 200_000);
        assertProblem(api.send("officer-ludian", "POST", "/api/cases/LD-I1/payments", other, key), 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
        // a refusal is remembered too: the same retry gets the same refusal
        Map<String, String> key2 = Map.of("Idempotency-Key", "pay-twice");
        HttpApi.Reply refused = api.send("officer-ludian", "POST", "/api/cases/LD-I1/payments", payment, key2);
        assertProblem(refused, 422, "DUPLICATE_PAYMENT", "paymentId");
        assertThat(api.send("officer-ludian", "POST", "/api/cases/LD-I1/payments", payment, key2).json()).isEqualTo(refused.json());
        assertThat(storedEvents("LD-I1")).isEqualTo(after);
    }

    @Test
    void two_concurrent_writes_at_the_same_version_one_wins_and_one_gets_409() throws Exception {
        open("LD-K1");
        String version = api.get("officer-ludian", "/api/cases/LD-K1").header("etag");
        long before = storedEvents("LD-K1");
        CompletableFuture<HttpApi.Reply> a = CompletableFuture.supplyAsync(() ->
                api.send("officer-ludian", "POST", "/api/cases/LD-K1/meetings", meeting("a"), Map.of("If-Match", version)));
        CompletableFuture<HttpApi.Reply> b = CompletableFuture.supplyAsync(() ->
                api.send("officer-ludian", "POST", "/api/cases/LD-K1/meetings", meeting("b"), Map.of("If-Match", version)));
        List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
        statuses.sort(Integer::compareTo);
        assertThat(statuses).containsExactly(200, 409);
        assertThat(storedEvents("LD-K1")).isEqualTo(before + 1);
        assertThat(api.get("auditor", "/api/cases/LD-K1/verify").json().get("matches").asBoolean()).isTrue();
    }

    @Test
    void roles_and_union_bodies_decide_who_sees_and_does_what() {
        open("LD-R1");
        record Call(String user, String method, String path, int expected) {
        }
        List<Call> calls = List.of(
                // officer of the owning union body: reads and writes
                new Call("officer-ludian", "GET", "/api/cases/LD-R1", 200),
                new Call("officer-ludian", "GET", "/api/cases/LD-R1/timeline", 200),
                new Call("officer-ludian", "GET", "/api/cases/LD-R1/history", 200),
                new Call("officer-ludian", "GET", "/api/cases", 200),
                new Call("officer-ludian", "GET", "/api/deadlines?overdue=true", 200),
                // an officer of another union body never sees the case
                new Call("officer-pingliang", "GET", "/api/cases/LD-R1", 404),
                new Call("officer-pingliang", "GET", "/api/cases/LD-R1/timeline", 404),
                new Call("officer-pingliang", "GET", "/api/cases/LD-R1/history", 404),
                new Call("officer-pingliang", "GET", "/api/cases/LD-R1/state?asOf=2025-03-11", 404),
                new Call("officer-pingliang", "POST", "/api/cases/LD-R1/meetings", 404),
                new Call("officer-pingliang", "GET", "/api/dashboard", 403),
                // auditor: reads history, state, verify; writes nothing
                new Call("auditor", "GET", "/api/cases/LD-R1/history", 200),
                new Call("auditor", "GET", "/api/cases/LD-R1/state?asOf=2025-03-11", 200),
                new Call("auditor", "GET", "/api/cases/LD-R1/verify", 200),
                new Call("auditor", "POST", "/api/cases/LD-R1/meetings", 403),
                new Call("auditor", "POST", "/api/admin/projections/rebuild", 403),
                // dashboard: figures only
                new Call("dashboard", "GET", "/api/dashboard", 200),
                new Call("dashboard", "GET", "/api/cases/LD-R1", 403),
                new Call("dashboard", "GET", "/api/cases/LD-R1/history", 403),
                new Call("dashboard", "GET", "/api/cases", 403),
                // admin: rebuild, no case writes
                new Call("admin", "GET", "/api/admin/projections/rebuild", 200),
                new Call("admin", "POST", "/api/cases/LD-R1/meetings", 403),
                // backups: ADMIN only, and only of the embedded store on a file (these tests run it in memory)
                new Call("officer-ludian", "POST", "/api/admin/backups", 403),
                new Call("admin", "POST", "/api/admin/backups", 409),
                new Call(null, "GET", "/api/cases/LD-R1", 401),
                new Call(null, "GET", "/actuator/health", 200));
        for (Call c : calls) {
            HttpApi.Reply r = api.send(c.user(), c.method(), c.path(), c.method().equals("POST") ? meeting("x") : null, Map.of());
            assertThat(r.status()).as("%s %s %s → %s", c.user(), c.method(), c.path(), r.body()).isEqualTo(c.expected());
        }
        JsonNode ownList = api.get("officer-pingliang", "/api/cases").json();
        assertThat(ownList.get("items").findValuesAsText("caseId")).doesNotContain("LD-R1");
    }

    @Test
    void the_api_is_documented_and_metrics_are_exposed() {
        HttpApi.Reply docs = api.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/cases/{caseId}/supervision-letters").contains("/api/dashboard");
        open("LD-M1");
        HttpApi.Reply metrics = api.get(null, "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("caseledger_commands_seconds_count{outcome=\"accepted\"", "type=\"FileWageClaim\"")
                .contains("caseledger_cases_open").contains("caseledger_deadlines_overdue").contains("caseledger_projection_lag_events");
        assertThat(api.get("admin", "/actuator/health").json().get("components").get("mongo").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void dead_letters_are_listed_retried_and_counted_for_admin_only() {
        assertThat(api.get("admin", "/api/admin/dead-letters").status()).isEqualTo(200);
        assertThat(api.get("admin", "/api/admin/dead-letters").json().isArray()).isTrue();
        assertThat(api.post("admin", "/api/admin/dead-letters/retry", "{}").json().get("casesWaiting").asLong()).isZero();
        assertProblem(api.get("officer-ludian", "/api/admin/dead-letters"), 403, "FORBIDDEN", null);
        assertProblem(api.post("auditor", "/api/admin/dead-letters/retry", "{}"), 403, "FORBIDDEN", null);
        assertThat(api.get(null, "/actuator/prometheus").body()).contains("caseledger_projection_dead_letters");
    }

    @Test
    void anonymous_health_shows_the_status_only_and_the_probes_answer() {
        HttpApi.Reply anonymous = api.get(null, "/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).as(anonymous.body()).isFalse();
        assertThat(anonymous.body()).doesNotContain("path").doesNotContain("data");
        assertThat(api.get("officer-ludian", "/actuator/health").json().has("components")).isFalse();
        assertThat(api.get(null, "/actuator/health/liveness").json().get("status").asText()).isEqualTo("UP");
        assertThat(api.get(null, "/actuator/health/readiness").json().get("status").asText()).isEqualTo("UP");
        JsonNode readiness = api.get("admin", "/actuator/health/readiness").json().get("components");
        assertThat(readiness.get("mongo").get("status").asText()).isEqualTo("UP");
        assertThat(readiness.get("projections").get("details").get("lagEvents").asLong())
                .isLessThanOrEqualTo(readiness.get("projections").get("details").get("readyLag").asLong());
    }
}
