package org.caseledger.api.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.support.Cases;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/**
 * Bodies are read exactly as written: no coercion, no trailing garbage, no duplicate keys,
 * bounded texts without control characters, valid UTF-8, JSON only, bounded size. Each refusal is a problem with the
 * field named, and nothing is recorded.
 */
class StrictInputTest extends ApiTest {

    static final String FILE = "/api/cases";

    /** A valid filing body whose one field is then spoiled. */
    static ObjectNode filing(String caseId) {
        ObjectNode filing = HttpApi.JSON.valueToTree(Cases.file(caseId));
        // each claim as a client of 0.3 sends it, a sum alone (the items are its one item of unpaid wages)
        filing.withArray("claimants").forEach(c -> ((ObjectNode) c).remove("items"));
        return filing;
    }

    static ObjectNode meeting() {
        return HttpApi.JSON.createObjectNode().put("format", "IN_PERSON").put("outcome", "talks").put("occurredOn", "2025-03-11")
                .set("attendees", HttpApi.JSON.createArrayNode());
    }

    @Test
    void numbers_enums_and_texts_are_taken_only_as_written() {
        long before = storedEvents();
        ObjectNode stringAmount = filing("LD-S1");
        ((ObjectNode) stringAmount.get("claimants").get(0)).put("claimed", "12");
        assertProblem(api.post("officer-ludian", FILE, stringAmount), 400, "INVALID_INPUT", "claimants[0].claimed");

        ObjectNode floatAmount = filing("LD-S2");
        ((ObjectNode) floatAmount.get("claimants").get(0)).put("claimed", 12.5);
        assertProblem(api.post("officer-ludian", FILE, floatAmount), 400, "INVALID_INPUT", "claimants[0].claimed");

        assertProblem(api.post("officer-ludian", FILE, filing("LD-S3").put("channel", 3)), 400, "INVALID_INPUT", "channel");
        assertProblem(api.post("officer-ludian", FILE, filing("LD-S4").put("industry", 42)), 400, "INVALID_INPUT", "industry");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void an_amount_is_a_whole_number_of_fen_within_the_bound_so_no_figure_wraps() {
        long before = storedEvents();
        for (String amount : List.of("9223372036854775807", "1000000000001", "100000000000000000000000000000", "-1", "1e3", "null")) {
            String body = filing("LD-S20").toString().replace("\"claimed\":1000000", "\"claimed\":" + amount);
            assertThat(body).contains("\"claimed\":" + amount);
            assertProblem(api.post("officer-ludian", FILE, body), 400, "INVALID_INPUT", "claimants[0].claimed");
        }
        // an item of a claim is an amount like any other
        ObjectNode byItems = filing("LD-S22");
        ObjectNode first = (ObjectNode) byItems.withArray("claimants").get(0);
        first.remove("claimed");
        first.putArray("items").addObject().put("component", "OVERTIME_PAY").put("amount", -1);
        assertProblem(api.post("officer-ludian", FILE, byItems), 400, "INVALID_INPUT", "claimants[0].items[0].amount");
        assertThat(storedEvents()).isEqualTo(before);
        // the bound itself is accepted (caseledger.http.max-amount-fen, ¥10 billion by default)
        String atBound = filing("LD-S21").toString().replace("\"claimed\":1000000", "\"claimed\":" + StrictJson.DEFAULT_MAX_AMOUNT_FEN);
        assertThat(api.post("officer-ludian", FILE, atBound).status()).isEqualTo(201);
    }

    @Test
    void trailing_tokens_and_duplicate_keys_are_refused() {
        long before = storedEvents();
        String valid = filing("LD-S5").toString();
        assertProblem(api.post("officer-ludian", FILE, valid + " {\"x\":1}"), 400, "INVALID_INPUT", null);
        assertProblem(api.post("officer-ludian", FILE, valid.replaceFirst("\\{", "{\"industry\":\"a\",")), 400, "INVALID_INPUT", null);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void texts_are_bounded_and_free_of_control_characters_and_lone_surrogates() {
        long before = storedEvents();
        assertProblem(api.post("officer-ludian", FILE, filing("LD-S6").put("industry", "x".repeat(StrictJson.MAX_TEXT + 1))),
                400, "INVALID_INPUT", "industry");
        assertProblem(api.post("officer-ludian", FILE, filing("LD-S7").put("industry", "con\u0000struction")), 400, "INVALID_INPUT", "industry");
        assertProblem(api.post("officer-ludian", FILE, filing("LD-S8").put("industry", "bell\u0007")), 400, "INVALID_INPUT", "industry");
        // a lone surrogate can only arrive as a JSON escape (as UTF-8 it would not be valid)
        String lone = filing("LD-S9").put("industry", "half LONE pair").toString().replace("LONE", "\\ud83d");
        assertProblem(api.post("officer-ludian", FILE, lone), 400, "INVALID_INPUT", "industry");
        // a tab, line breaks and characters outside the BMP are text
        assertThat(api.post("officer-ludian", FILE, filing("LD-S10").put("industry", "建筑\t工程\n𠀋")).status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void a_body_that_is_not_utf8_or_not_json_or_too_large_is_refused() throws Exception {
        long before = storedEvents();
        byte[] latin1 = filing("LD-S11").put("industry", "café").toString().getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(raw("POST", FILE, "application/json", latin1), 400, "INVALID_ENCODING", null);
        byte[] body = filing("LD-S12").toString().getBytes(StandardCharsets.UTF_8);
        assertProblem(raw("POST", FILE, "text/plain", body), 415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
        assertProblem(raw("POST", FILE, "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8)), 415,
                "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
        assertProblem(raw("POST", "/api/cases/LD-S12/meetings", "text/plain", meeting().toString().getBytes(StandardCharsets.UTF_8)),
                415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type");
        assertProblem(raw("POST", FILE, "application/json", new byte[2 * 1024 * 1024]), 413, "BODY_TOO_LARGE", null);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private HttpApi.Reply raw(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer-ludian:ludian-demo".getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        return new HttpApi.Reply(r.statusCode(), headers, r.body());
    }
}
