package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.caseledger.core.scenario.ConstructionCaseTest;
import org.caseledger.core.scenario.DawukouReferenceCaseTest;
import org.caseledger.core.scenario.LudianReferenceCaseTest;
import org.caseledger.core.scenario.PingliangReferenceCaseTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both reference cases driven entirely through the HTTP API, command by command; then the timeline and dashboard. */
class ReferenceCasesOverHttpTest extends ApiTest {

    void drive(String officer, List<Object> commands) {
        for (Object command : commands) {
            HttpApi.Reply reply = api.post(officer, HttpApi.pathOf(command), command);
            assertThat(reply.status()).as("%s → %s", command.getClass().getSimpleName(), reply.body()).isIn(200, 201);
        }
    }

    @Test
    void pingliang_and_ludian_through_the_api() {
        drive("officer-pingliang", PingliangReferenceCaseTest.run().commands());
        drive("officer-ludian", LudianReferenceCaseTest.run().commands());

        JsonNode pl = api.get("officer-pingliang", "/api/cases/PL-2025-001/timeline").json().get("timeline");
        assertThat(pl.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(pl.get("closeReason").asText()).isEqualTo("PAID_IN_FULL");
        assertThat(pl.get("totals").get("receivedFen").asLong()).isEqualTo(12_303_649L);
        assertThat(pl.get("totals").get("disbursedFen").asLong()).isEqualTo(12_303_649L);
        assertThat(pl.get("ledger")).hasSize(21);
        assertThat(pl.get("obligors").findValuesAsText("obligorId")).contains("PL-PARENT");

        JsonNode ldAnswer = api.get("officer-ludian", "/api/cases/LD-2025-001/timeline").json();
        JsonNode ld = ldAnswer.get("timeline");
        assertThat(ld.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(ld.get("totals").get("originalClaimedFen").asLong()).isEqualTo(8_485_400L);
        assertThat(ld.get("totals").get("receivedFen").asLong()).isEqualTo(7_485_400L);
        assertThat(ld.get("promises").findValuesAsText("status")).containsExactly("BROKEN", "BROKEN");
        assertThat(ld.get("letters").findValuesAsText("type")).containsExactly("REMINDER", "OPINION");
        // the arbitration year restarts at the agreement, the 提示函, the general contractor's promise and the 意见书
        // (劳动争议调解仲裁法 art. 27 ¶2), each an entry on the timeline with its new last day, in the reader's words
        java.util.Set<Long> interruptions = new java.util.HashSet<>();
        ld.get("entries").forEach(e -> {
            if (e.get("type").asText().equals("LimitationInterrupted")) {
                interruptions.add(e.get("seq").asLong());
            }
        });
        java.util.List<String> restarts = new java.util.ArrayList<>();
        ldAnswer.get("lines").forEach(l -> {
            if (interruptions.contains(l.get("seq").asLong())) {
                assertThat(l.get("event").asText()).isEqualTo("时效中断，重新计算");
                restarts.add(l.get("on").asText() + " " + l.get("text").asText().replaceAll(".*最后一日 ", ""));
            }
        });
        assertThat(restarts).containsExactly("2025-03-20 2026-03-20", "2025-05-21 2026-05-21", "2025-05-21 2026-05-21",
                "2025-06-09 2026-06-09");

        JsonNode dashboard = api.get("dashboard", "/api/dashboard").json();
        assertThat(dashboard.get("cases").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode gansu = api.get("dashboard", "/api/dashboard?region=62&unionBody=平凉市总工会").json();
        assertThat(gansu.get("cases").asInt()).isEqualTo(1);
        assertThat(gansu.get("recoveredFen").asLong()).isEqualTo(12_303_649L);
        assertThat(gansu.get("workersCovered").asInt()).isEqualTo(21);
        assertThat(gansu.toString()).doesNotContain("工人");

        // every event carries who acted and in which request
        JsonNode history = api.get("auditor", "/api/cases/LD-2025-001/history").json();
        assertThat(history.get(0).get("actingUser").asText()).isEqualTo("officer-ludian");
        assertThat(history.get(0).get("unionBody").asText()).isEqualTo("鲁甸县总工会");
        assertThat(history.get(0).get("correlationId").asText()).isNotBlank();
        assertThat(api.get("auditor", "/api/cases/PL-2025-001/verify").json().get("matches").asBoolean()).isTrue();
        assertThat(api.get("auditor", "/api/cases/PL-2025-001/state?asOf=2025-08-20").json().get("stage").asText()).isEqualTo("ENFORCEMENT");
    }

    @Test
    void dawukou_and_the_construction_case_through_the_api() {
        drive("officer-dawukou", DawukouReferenceCaseTest.run().commands());
        drive("officer-ludian", ConstructionCaseTest.run().commands());

        JsonNode dwk = api.get("officer-dawukou", "/api/cases/DWK-2025-001/timeline").json().get("timeline");
        assertThat(dwk.get("stage").asText()).isEqualTo("CLOSED");
        assertThat(dwk.get("stages").findValuesAsText("stage")).containsExactly("INTAKE", "ASSIGNED", "NEGOTIATION", "ENFORCEMENT", "CLOSED");
        assertThat(dwk.get("entries").findValuesAsText("type")).contains("JudicialConfirmationApplied", "InstrumentBecameEffective")
                .doesNotContain("ArbitrationApplied", "LawsuitFiled");
        assertThat(dwk.get("totals").get("disbursedFen").asLong()).isEqualTo(14_000_000L);

        JsonNode site = api.get("officer-ludian", "/api/cases/LD-2025-002/timeline").json().get("timeline");
        assertThat(site.get("obligors").findValuesAsText("liability")).containsExactly("PRIMARY", "PAY_FIRST", "CAPPED");
        assertThat(site.get("obligors").get(2).get("capFen").asLong()).isEqualTo(3_000_000L);
        assertThat(site.get("obligors").get(2).get("paidFen").asLong()).isEqualTo(3_000_000L);
        assertThat(site.get("payments").get(1).get("channel").asText()).isEqualTo("WAGE_DEPOSIT");
        assertThat(site.get("payments").get(1).get("payerName").asText()).isEqualTo("鲁甸县人力资源和社会保障局");
        assertThat(site.get("closeReason").asText()).isEqualTo("PAID_IN_FULL");

        // the emergency fund names no obligor: refused, and nothing stored; the owner paying past its cap is received
        // (条例 art. 29 ¶2 caps what can be enforced against it, not what it pays)
        HttpApi.Reply reopened = api.post("officer-ludian", "/api/cases/LD-2025-002/reopening",
                java.util.Map.of("reason", "a late claim", "occurredOn", "2025-09-10"));
        assertThat(reopened.status()).as(reopened.body()).isIn(200, 201);
        long before = storedEvents("LD-2025-002");
        HttpApi.Reply fund = api.post("officer-ludian", "/api/cases/LD-2025-002/payments", java.util.Map.of("paymentId", "LD2-PAY-9",
                "payerObligorId", "LD2-CREW", "channel", "EMERGENCY_FUND", "payerName", "鲁甸县人民政府", "amount", 1, "allocations", java.util.List.of(),
                "occurredOn", "2025-09-10"));
        assertThat(fund.status()).isEqualTo(422);
        assertThat(fund.json().get("code").asText()).isEqualTo("EMERGENCY_FUND_NAMES_NO_OBLIGOR");
        assertThat(fund.json().get("field").asText()).isEqualTo("payerObligorId");
        assertThat(storedEvents("LD-2025-002")).isEqualTo(before);
        HttpApi.Reply overCap = api.post("officer-ludian", "/api/cases/LD-2025-002/payments", java.util.Map.of("paymentId", "LD2-PAY-9",
                "payerObligorId", "LD2-OWNER", "channel", "DIRECT", "amount", 1, "allocations", java.util.List.of(), "occurredOn", "2025-09-10"));
        assertThat(overCap.status()).as(overCap.body()).isEqualTo(200);
        assertThat(storedEvents("LD-2025-002")).isEqualTo(before + 1);
        // reopened in negotiation: the officer is offered the new roads, and no answer to what was never asked
        java.util.List<String> steps = api.get("officer-ludian", "/api/cases/LD-2025-002/next-steps").json().findValuesAsText("route");
        assertThat(steps).contains("obligor-liabilities", "orders-to-pay", "police-referrals", "preservations", "payment-order",
                "arrears-blacklistings").doesNotContain("police-decisions", "judicial-confirmation/refusal", "payment-order/service",
                "instruments", "enforcement");

        JsonNode ningxia = api.get("dashboard", "/api/dashboard?region=64").json();
        assertThat(ningxia.get("cases").asInt()).isEqualTo(1);
        assertThat(ningxia.get("recoveredFen").asLong()).isEqualTo(14_000_000L);
        assertThat(ningxia.get("workersCovered").asInt()).isEqualTo(6);
        assertThat(ningxia.toString()).doesNotContain("职工");
        assertThat(api.get("auditor", "/api/cases/DWK-2025-001/verify").json().get("matches").asBoolean()).isTrue();
    }
}
