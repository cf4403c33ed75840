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
        walkFilingFieldByField(filing, walk);
        walkCommandRoutes(walk);
        // ids in paths: checked (charset, length) before anything else
        walk.add(new Bad("GET", "/api/cases/" + "L".repeat(300) + "/timeline", null, 400));
        walk.add(new Bad("POST", "/api/cases/" + "L".repeat(300) + "/meetings", meeting, 400));
        walk.add(new Bad("GET", "/api/cases/LD%20W1", null, 400));
        walk.add(new Bad("GET", "/api/cases/%E9%B2%81%E7%94%B8", null, 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/payment-promises/" + "P".repeat(300) + "/broken", "{}", 400));
        walk.add(new Bad("POST", "/api/cases/LD-W1/supervision-letters/L%20X/reply", "{}", 400));
        // more reads
        walk.add(new Bad("GET", "/api/cases/LD-W1/state?asOf=2025-02-30", null, 400));
        walk.add(new Bad("GET", "/api/cases/LD-W1/state?asOf=2026-11-01T02:00:00", null, 400));
        walk.add(new Bad("GET", "/api/cases?page=-1", null, 400));
        walk.add(new Bad("GET", "/api/cases?page=21474837&size=100", null, 0));
        walk.add(new Bad("GET", "/api/cases?size=99999999999", null, 400));
        walk.add(new Bad("GET", "/api/dashboard?region=abc", null, 0));
        walk.add(new Bad("GET", "/api/dashboard?from=2025-13", null, 0));
        walk.add(new Bad("POST", "/api/cases/LD-W1/timeline", meeting, 0));
        walk.add(new Bad("GET", "/api/admin/dead-letters", null, 403));
        // refused before Spring MVC: by Tomcat, by the security firewall
        walk.add(new Bad("GET", "/api/cases/%00", null, 400));
        walk.add(new Bad("GET", "/api/cases/a%5Cb", null, 400));
        walk.add(new Bad("GET", "/api/cases/LD-W1/timeline;x=1", null, 400));
        walk.add(new Bad("GET", "/api/cases/%2e%2e/W-1", null, 400));

        List<String> failures = new ArrayList<>();
        for (Bad bad : walk) {
            HttpApi.Reply r = api.send("officer-ludian", bad.method(), bad.path(), bad.body(), Map.of());
            String where = bad.method() + " " + bad.path() + " " + abbreviate(String.valueOf(bad.body())) + " → " + r.status() + " " + r.body();
            boolean statusAsExpected = bad.status() == 0 ? r.status() >= 400 && r.status() < 500 : r.status() == bad.status();
            if (r.status() == 200 && bad.status() == 0 && bad.method().equals("GET") && !bad.path().contains("timeline")) {
                continue; // a documented default (a page past the end is empty; a filter that matches nothing)
            }
            if (!statusAsExpected) {
                failures.add("status: " + where);
            } else if (r.header("content-type") == null || !r.header("content-type").startsWith("application/problem+json")) {
                failures.add("not a problem: " + where);
            } else if (!r.json().hasNonNull("code") || !ProblemAdvice.isPlain(r.json().path("detail").asText())) {
                failures.add("no code, or a reason naming Java: " + where);
            }
        }
        System.out.printf("bad-input walk: %d requests, every one a 4xx problem%n", walk.size());
        assertThat(failures).isEmpty();
        assertThat(walk).hasSizeGreaterThanOrEqualTo(120);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Each field of a filing spoilt in the ways a client spoils it: wrong type, null, missing, too long, control characters. */
    private static void walkFilingFieldByField(ObjectNode filing, List<Bad> walk) {
        String tooLong = "x".repeat(StrictJson.MAX_TEXT + 1);
        for (String field : List.of("industry", "workOrderNo", "occurredOn", "employmentEndedOn", "channel")) {
            for (Object spoil : new Object[]{12, true, List.of(), Map.of(), tooLong, "a\u0001b", "\u0000"}) {
                ObjectNode spoiled = filing.deepCopy();
                spoiled.set(field, HttpApi.JSON.valueToTree(spoil));
                walk.add(new Bad("POST", "/api/cases", spoiled, 400));
            }
        }
        for (String required : List.of("claimants", "obligors", "occurredOn", "channel", "employmentEnded")) {
            ObjectNode missing = filing.deepCopy();
            missing.remove(required);
            walk.add(new Bad("POST", "/api/cases", missing, 0));
            ObjectNode nulled = filing.deepCopy();
            nulled.putNull(required);
            walk.add(new Bad("POST", "/api/cases", nulled, 0));
        }
        for (Object claimed : new Object[]{"12", 1.5, -1, 0, 1_000_000_000_001L, new java.math.BigInteger("9223372036854775808"), "1e3", true}) {
            ObjectNode spoiled = filing.deepCopy();
            ((ObjectNode) spoiled.withArray("claimants").get(0)).set("claimed", HttpApi.JSON.valueToTree(claimed));
            walk.add(new Bad("POST", "/api/cases", spoiled, 0));
        }
        ObjectNode noClaimants = filing.deepCopy();
        noClaimants.putArray("claimants");
        walk.add(new Bad("POST", "/api/cases", noClaimants, 0));
        ObjectNode twice = filing.deepCopy();
        twice.withArray("claimants").add(twice.withArray("claimants").get(0).deepCopy());
        walk.add(new Bad("POST", "/api/cases", twice, 0));
        ObjectNode badIdCard = filing.deepCopy();
        ((ObjectNode) badIdCard.withArray("claimants").get(0).get("personalData")).put("idCardNumber", "12345");
        walk.add(new Bad("POST", "/api/cases", badIdCard, 0));
        ObjectNode role = filing.deepCopy();
        ((ObjectNode) role.withArray("obligors").get(0)).put("role", "LANDLORD");
        walk.add(new Bad("POST", "/api/cases", role, 400));
        for (String caseId : List.of("LD-a b", "LD-" + "9".repeat(200), "LD-../x", "LD-\u00e9")) {
            walk.add(new Bad("POST", "/api/cases", filing.deepCopy().put("caseId", caseId), 0));
        }
        walk.add(new Bad("POST", "/api/cases", filing.toString().replace("\"claimants\"", "\"claimants\":[],\"claimants\""), 400));
    }

    /** A dozen command routes: an empty body, a field of the wrong type, an unknown field, a bad amount. */
    private static void walkCommandRoutes(List<Bad> walk) {
        Map<String, String> routes = new java.util.LinkedHashMap<>();
        routes.put("claimants", "claimant");
        routes.put("claim-revisions", "revised");
        routes.put("officer", "officerName");
        routes.put("mediation-agreements", "promisedPayDate");
        routes.put("payment-promises", "amount");
        routes.put("supervision-letters", "letterType");
        routes.put("supervision-letters/L1/reply", "outcome");
        routes.put("joint-mechanism", "partners");
        routes.put("payments", "amount");
        routes.put("payments/PAY1/refunds", "amount");
        routes.put("disbursements", "amount");
        routes.put("closure", "reason");
        routes.put("arbitration", "claims");
        routes.put("freezes", "amount");
        for (Map.Entry<String, String> route : routes.entrySet()) {
            String path = "/api/cases/LD-W1/" + route.getKey();
            walk.add(new Bad("POST", path, "{}", 0));
            walk.add(new Bad("POST", path, "{\"" + route.getValue() + "\":{\"deep\":[1,2,{}]},\"occurredOn\":\"2025-03-12\"}", 0));
            walk.add(new Bad("POST", path, "{\"occurredOn\":\"2025-03-12\",\"extra\":1}", 400));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 700 ? s.substring(0, 700) + "…" : s;
    }
}
