package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * law III through the front door, as a 平凉市总工会 officer would send it: the award's stated type governs (劳动争议解释(一)
 * art. 18) and the limit of a final award is 12 × the minimum wage of the commission's locality — the city's seat
 * district 崆峒区 (620802), ¥1,770 since 2021-10-01 (劳动争议调解仲裁法 art. 47); a capped 建设单位 paying a fen over its
 * cap is received (条例 art. 29 ¶2 caps what can be enforced, not what is paid).
 */
@org.springframework.test.context.TestPropertySource(properties = "caseledger.store.cache-size=10001") // a context of its own: its 平凉 cases stay out of the shared dashboard
class LawOverHttpTest extends ApiTest {

    static final String OFFICER = "officer-pingliang";

    private void fileAndArbitrate(String caseId) {
        Map<String, Object> filing = Map.of(
                "caseId", caseId,
                "unionBody", Map.of("name", "平凉市总工会", "level", "CITY", "region", "620800"),
                "industry", "construction",
                "channel", "HOTLINE_12351",
                "claimants", List.of(Map.of("claimantId", "W1", "personalData", Map.of("name", "马某"), "claimed", 1_000_000,
                        "items", List.of(Map.of("component", "PRINCIPAL", "amount", 1_000_000)))),
                "obligors", List.of(Map.of("obligorId", "EMP", "name", "平凉某劳务有限公司", "role", "EMPLOYER"),
                        Map.of("obligorId", "OWNER", "name", "平凉某置业有限公司", "role", "CONSTRUCTION_UNIT")),
                "employmentEnded", true,
                "employmentEndedOn", "2025-03-01",
                "occurredOn", "2025-03-10");
        assertThat(api.post(OFFICER, "/api/cases", filing).status()).isEqualTo(201);
        ok(caseId, "legal-aid/grant", Map.of("caseId", caseId, "occurredOn", "2025-03-10"));
        ok(caseId, "officer", Map.of("caseId", caseId, "officerId", "pl-1", "officerName", "平凉市总工会法律援助工作者", "occurredOn", "2025-03-11"));
        ok(caseId, "arbitration", Map.of("caseId", caseId, "commission", "平凉市劳动人事争议仲裁委员会", "occurredOn", "2025-03-20"));
        ok(caseId, "arbitration/acceptance", Map.of("caseId", caseId, "arbitrationCaseNo", "平劳人仲案字〔2025〕7号", "occurredOn", "2025-03-24"));
    }

    private void ok(String caseId, String route, Map<String, Object> body) {
        HttpApi.Reply r = api.post(OFFICER, "/api/cases/" + caseId + "/" + route, body);
        assertThat(r.status()).as("%s → %s", route, r.body()).isEqualTo(200);
    }

    private Map<String, Object> award(String caseId, String statedType) {
        return Map.of("caseId", caseId, "awardNo", "平劳人仲裁字〔2025〕7号",
                "items", List.of(Map.of("claimantId", "W1", "component", "PRINCIPAL", "amount", 1_000_000, "statedType", statedType)), "partial", false,
                "madeOn", "2025-05-06", "occurredOn", "2025-05-08");
    }

    private JsonNode last(String caseId, String type) {
        JsonNode history = api.get(OFFICER, "/api/cases/" + caseId + "/history").json();
        return StreamSupport.stream(history.spliterator(), false).filter(e -> e.get("type").asText().equals(type))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type + " in " + history)).get("payload");
    }

    @Test
    void a_ten_thousand_yuan_award_stated_non_final_stays_non_final_with_a_warning() {
        fileAndArbitrate("PL-LAW-1");
        // 已登记，但…: the answer itself says the warning, in the reader's language, with the articles
        HttpApi.Reply recorded = api.send(OFFICER, "POST", "/api/cases/PL-LAW-1/arbitration/award", award("PL-LAW-1", "NON_FINAL"),
                Map.of("Accept-Language", "zh-CN"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode said = recorded.json().get("warnings");
        assertThat(said).hasSize(1);
        assertThat(said.get(0).get("code").asText()).isEqualTo("AWARD_FINALITY_NOT_AS_THE_LAW_SAYS");
        assertThat(said.get(0).get("text").asText()).contains("以裁决书载明的为准").contains("劳动争议解释（一）第18条");
        HttpApi.Reply quiet = api.send(OFFICER, "POST", "/api/cases/PL-LAW-1/contacts", Map.of("kind", "CALL", "claimantId", "W1",
                "text", "告知裁决结果", "minutes", 5, "occurredOn", "2025-05-09"), Map.of("Accept-Language", "en"));
        assertThat(quiet.status()).as(quiet.body()).isEqualTo(200);
        assertThat(quiet.json().get("warnings")).as("a command recorded without a warning says none").isEmpty();
        JsonNode issued = last("PL-LAW-1", "ArbitralAwardIssued");
        assertThat(issued.get("finalAward").asBoolean()).isFalse();
        assertThat(issued.get("warnings").toString()).contains("AWARD_FINALITY_NOT_AS_THE_LAW_SAYS");
        assertThat(issued.get("finalLimit").asLong()).isEqualTo(12 * 177_000L);
        assertThat(issued.get("minimumWageRegion").asText()).isEqualTo("620802");
    }

    @Test
    void the_same_award_stating_nothing_is_final_within_twelve_months_of_the_seat_districts_minimum_wage() {
        fileAndArbitrate("PL-LAW-2");
        ok("PL-LAW-2", "arbitration/award", award("PL-LAW-2", "NOT_STATED"));
        JsonNode issued = last("PL-LAW-2", "ArbitralAwardIssued");
        assertThat(issued.get("finalAward").asBoolean()).isTrue();
        assertThat(issued.get("finalLimit").asLong()).isEqualTo(2_124_000L);
        assertThat(issued.get("minimumWageRegion").asText()).isEqualTo("620802");
        assertThat(issued.get("warnings").toString()).doesNotContain("AWARD_FINALITY_NOT_AS_THE_LAW_SAYS");
    }

    @Test
    void a_capped_construction_unit_paying_a_fen_over_its_cap_is_recorded_not_refused() {
        fileAndArbitrate("PL-LAW-3");
        ok("PL-LAW-3", "obligor-liabilities", Map.of("caseId", "PL-LAW-3", "obligorId", "OWNER", "liability", "CAPPED", "liabilityCap", 300_000,
                "basis", "尚欠总包工程款¥3,000（保障农民工工资支付条例第29条）", "ground", "UNPAID_PROJECT_FUNDS", "occurredOn", "2025-03-25"));
        long before = storedEvents("PL-LAW-3");
        ok("PL-LAW-3", "payments", Map.of("caseId", "PL-LAW-3", "paymentId", "PL-PAY-1", "payerObligorId", "OWNER", "channel", "DIRECT",
                "amount", 300_001, "allocations", List.of(Map.of("claimantId", "W1", "amount", 300_001)), "occurredOn", "2025-03-26"));
        assertThat(storedEvents("PL-LAW-3")).isGreaterThan(before);
        JsonNode received = last("PL-LAW-3", "PaymentReceived");
        assertThat(received.get("amount").asLong()).isEqualTo(300_001L);
        assertThat(received.get("payerObligorId").asText()).isEqualTo("OWNER");
    }
}
