package org.caseledger.api.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.support.Cases;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk of bad requests over the filing route, command routes and read routes, as a careless client or an attacker
 * sends them: every answer is a 4xx {@code application/problem+json} with a code and a reason in words (no Java type,
 * class or method names), and the store holds exactly what it held before.
 */
class BadInputWalkTest extends ApiTest {

    record Bad(String method, String path, Object body, int status) {
    }

    @Test
    void every_bad_request_is_a_4xx_problem_in_words_and_records_nothing() {
        for (Object command : Cases.fileAndAssign("LD-W1")) {
            assertThat(api.post("officer-ludian", HttpApi.pathOf(command), HttpApi.JSON.valueToTree(command)).status()).isIn(200, 201);
        }
        long before = storedEvents();
        ObjectNode filing = HttpApi.JSON.valueToTree(Cases.file("LD-W2"));
        List<Bad> walk = new ArrayList<>();
        // the filing route
        for (String body : List.of("", "null", "[]", "42", "\"text\"", "{", "{}", "{\"caseId\":5}", filing + "x", filing + " " + filing)) {
            walk.add(new Bad("POST", "/api/cases", body, 400));
        }
        for (Map.Entry<String, Object> spoil : Map.<String, Object>of("occurredOn", "yesterday", "employmentEnded", "yes",
                "channel", "PIGEON", "claimants", "many", "obligors", 7, "unionBody", List.of(), "workOrderNo", List.of("a"),
                "employmentEndedOn", "2025-13-40", "industry", Map.of("a", 1)).entrySet()) {
            ObjectNode spoiled = filing.deepCopy();
            spoiled.set(spoil.getKey(), HttpApi.JSON.valueToTree(spoil.getValue()));
            walk.add(new Bad("POST", "/api/cases", spoiled, 400));
        }
        // command routes
        ObjectNode meeting = HttpApi.JSON.createObjectNode().put("format", "IN_PERSON").put("outcome", "x").put("occurredOn", "2025-03-11")
                .set("attendees", HttpApi.JSON.createArrayNode());
        walk.add(new Bad("POST", "/api/cases/LD-W1/meetings", meeting.deepCopy().put("format", 1), 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/meetings", meeting.deepCopy().put("occurredOn", 20250311), 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/meetings", meeting.deepCopy().put("outcome", "\u0000"), 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/meetings", meeting.deepCopy().put("surprise", true), 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/no-such-command", meeting, 404));
        walk.add(new Bad("POST", "/api/cases/LD-W1/payments", HttpApi.JSON.createObjectNode().put("amount", "100"), 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/payments", HttpApi.JSON.createObjectNode().put("amount", -1), 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/claim-revisions", HttpApi.JSON.createObjectNode().put("revised", 1.5), 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/legal-aid/grant", "{\"occurredOn\":\"2025-03-10\",\"occurredOn\":\"2025-03-11\"}", 400));
        walk.add(new Bad("POST", "/api/cases/NO-SUCH/meetings", meeting, 404));
        // read routes
        walk.add(new Bad("GET", "/api/cases/LD-W1/state", null, 400));
        walk.add(new Bad("GET", "/api/cases/LD-W1/state?asOf=someday", null, 400));
        walk.add(new Bad("GET", "/api/cases?page=abc", null, 400));
        walk.add(new Bad("GET", "/api/cases?size=0", null, 400));
        walk.add(new Bad("GET", "/api/cases?size=100000", null, 400));
        walk.add(new Bad("GET", "/api/cases?overdue=maybe", null, 400));
        walk.add(new Bad("GET", "/api/deadlines?overdue=perhaps", null, 400));
        walk.add(new Bad("GET", "/api/cases/NO-SUCH/timeline", null, 404));
        walk.add(new Bad("GET", "/api/cases/NO-SUCH", null, 404));
        walk.add(new Bad("GET", "/api/cases/LD-W1/history/", null, 404));
        walk.add(new Bad("GET", "/api/cases/LD-W1/nothing", null, 404));
        walk.add(new Bad("GET", "/api/nothing", null, 404));
        walk.add(new Bad("PUT", "/api/cases/LD-W1", meeting, 405));
        walk.add(new Bad("DELETE", "/api/cases/LD-W1", null, 405));
        walk.add(new Bad("PATCH", "/api/cases", meeting, 405));
        // refused before Spring MVC: by Tomcat, by the security firewall
        walk.add(new Bad("GET", "/api/cases/%00", null, 400));
        walk.add(new Bad("GET", "/api/cases/a%5Cb", null, 400));
        walk.add(new Bad("GET", "/api/cases/LD-W1/timeline;x=1", null, 400));
        walk.add(new Bad("GET", "/api/cases/%2e%2e/W-1", null, 400));

        List<String> failures = new ArrayList<>();
        for (Bad bad : walk) {
            HttpApi.Reply r = api.send("officer-ludian", bad.method(), bad.path(), bad.body(), Map.of());
            String where = bad.method() + " " + bad.path() + " " + abbreviate(String.valueOf(bad.body())) + " → " + r.status() + " " + r.body();
            if (r.status() != bad.status()) {
                failures.add("status: " + where);
            } else if (r.header("content-type") == null || !r.header("content-type").startsWith("application/problem+json")) {
                failures.add("not a problem: " + where);
            } else if (!r.json().hasNonNull("code") || !ProblemAdvice.isPlain(r.json().path("detail").asText())) {
                failures.add("no code, or a reason naming Java: " + where);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(walk).hasSizeGreaterThan(35);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
