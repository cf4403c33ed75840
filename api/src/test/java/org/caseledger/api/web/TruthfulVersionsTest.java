package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.support.Cases;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/**
 * A write answers the version its own events produced, and the history shows the client's correlation id: eight
 * writers on one case at once, each answer checked against the history.
 */
class TruthfulVersionsTest extends ApiTest {

    @Test
    void each_concurrent_write_answers_the_sequence_of_its_own_last_event_found_by_its_correlation_id() throws Exception {
        for (Object command : Cases.fileAndAssign("LD-V1")) {
            assertThat(api.post("officer-ludian", HttpApi.pathOf(command), HttpApi.JSON.valueToTree(command)).status()).isIn(200, 201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Map.Entry<String, HttpApi.Reply>>> sent = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String correlation = "client-req-" + i;
            ObjectNode meeting = HttpApi.JSON.createObjectNode().put("format", "IN_PERSON").put("outcome", "round " + i)
                    .put("occurredOn", "2025-03-11").set("attendees", HttpApi.JSON.createArrayNode());
            sent.add(pool.submit(() -> Map.entry(correlation, api.send("officer-ludian", "POST", "/api/cases/LD-V1/meetings", meeting,
                    Map.of(CorrelationIdFilter.HEADER, correlation)))));
        }
        Map<String, Long> answered = new HashMap<>();
        for (Future<Map.Entry<String, HttpApi.Reply>> f : sent) {
            HttpApi.Reply r = f.get().getValue();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.header(CorrelationIdFilter.HEADER)).isEqualTo(f.get().getKey());
            answered.put(f.get().getKey(), r.json().get("version").asLong());
            assertThat(r.header("etag")).isEqualTo("\"" + r.json().get("version").asLong() + "\"");
        }
        pool.shutdown();

        Map<String, Long> recorded = new HashMap<>();
        for (JsonNode entry : api.get("auditor", "/api/cases/LD-V1/history").json()) {
            if (entry.hasNonNull("correlationId") && entry.get("correlationId").asText().startsWith("client-req-")) {
                recorded.put(entry.get("correlationId").asText(), entry.get("seq").asLong());
            }
        }
        assertThat(recorded).hasSize(24);
        assertThat(answered).isEqualTo(recorded);
    }

    @Test
    void a_correlation_id_that_is_not_a_plain_token_is_refused_before_anything_runs() {
        long before = storedEvents();
        HttpApi.Reply r = api.send("officer-ludian", "POST", "/api/cases", HttpApi.JSON.valueToTree(Cases.file("LD-V2")),
                Map.of(CorrelationIdFilter.HEADER, "x".repeat(101)));
        assertProblem(r, 400, "INVALID_INPUT", CorrelationIdFilter.HEADER);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
