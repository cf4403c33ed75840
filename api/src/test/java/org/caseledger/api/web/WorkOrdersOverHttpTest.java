package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.caseledger.core.scenario.LudianReferenceCaseTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/**
 * Work orders through the HTTP API. The 民乐 road: a courier's message on a station board, taken in by 甘肃省总工会's
 * platform, sent down to 张掖 and on to 民乐, transferred to the city's transport department, answered, replied, called
 * back satisfied and closed by the platform; a 12351 wage call to 鲁甸 turned into a case that then follows the 鲁甸
 * road. Who sees and does what: the bodies the order went to and those above them, nobody else; the worker's contact
 * sealed in the store and erasable; the inbox and the hotline dashboard against a hand count.
 */
class WorkOrdersOverHttpTest extends ApiTest {

    static ObjectNode courierMessage() {
        ObjectNode json = HttpApi.JSON.createObjectNode().put("channel", "STATION_BOARD").put("place", "民乐县")
                .put("industry", "快递物流").put("demand", "送件超时被网点罚款200元，要求说明罚款依据并退还").put("occurredOn", "2026-11-02");
        json.putObject("personalData").put("name", "快递员王某").put("phone", "13900001111");
        json.putObject("employer").put("name", "民乐县某快递网点");
        return json;
    }

    HttpApi.Reply ok(HttpApi.Reply r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r;
    }

    @Test
    void the_minle_road_through_the_api() {
        String id = ok(api.post("officer-gansu", "/api/work-orders", courierMessage())).json().get("workOrderId").asText();
        assertThat(id).startsWith("GS-WO-");
        String at = "/api/work-orders/" + id + "/";
        ok(api.post("officer-gansu", at + "classification", Map.of("category", "DEMAND", "grade", "ORDINARY", "occurredOn", "2026-11-02")));
        // a body not below the platform's: refused, nothing recorded
        long before = storedEvents(id);
        assertProblem(api.post("officer-gansu", at + "dispatch", Map.of("to", "鲁甸县总工会", "occurredOn", "2026-11-02")), 422,
                "DISPATCH_OUTSIDE_UNION_BODY", "to");
        assertThat(storedEvents(id)).isEqualTo(before);
        ok(api.post("officer-gansu", at + "dispatch", Map.of("to", "ZHY", "occurredOn", "2026-11-02")));
        // 民乐 was never given it: not even its existence is shown; a county elsewhere neither sees nor acts
        assertProblem(api.post("officer-minle", at + "acceptance", Map.of("occurredOn", "2026-11-03")), 404, "WORK_ORDER_NOT_FOUND", null);
        assertProblem(api.get("officer-ludian", "/api/work-orders/" + id), 404, "WORK_ORDER_NOT_FOUND", null);
        ok(api.post("officer-zhangye", at + "acceptance", Map.of("occurredOn", "2026-11-03")));
        ok(api.post("officer-zhangye", at + "dispatch", Map.of("to", "民乐县总工会", "occurredOn", "2026-11-03")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("officer-minle", "/api/work-orders").json().get("orders").findValuesAsText("id")).contains(id));
        ok(api.post("officer-minle", at + "acceptance", Map.of("occurredOn", "2026-11-04")));
        ok(api.post("officer-minle", at + "transfer", Map.of("department", "OTHER", "departmentName", "张掖市交通运输局", "occurredOn", "2026-11-04")));
        ok(api.post("officer-minle", at + "department-answer", Map.of("answer", "罚款无依据，已责令网点退还", "occurredOn", "2026-11-05")));
        ok(api.post("officer-minle", at + "reply", Map.of("reply", "经转交通运输局办理，罚款已退还", "occurredOn", "2026-11-05")));
        // the callback and the closing are the platform's
        assertProblem(api.post("officer-minle", at + "closure", Map.of("qualityNote", "自查", "occurredOn", "2026-11-06")), 422,
                "WORK_ORDER_NOT_RECEIVER", "byBody");
        // a body above reads, but does not act
        assertProblem(api.post("officer-gansu", at + "reply", Map.of("reply", "x", "occurredOn", "2026-11-06")), 422, "WORK_ORDER_NOT_HELD", "byBody");
        ok(api.post("officer-gansu", at + "callback", Map.of("satisfaction", "SATISFIED", "note", "罚款已退", "occurredOn", "2026-11-06")));
        ok(api.post("officer-gansu", at + "closure", Map.of("qualityNote", "质检合格", "occurredOn", "2026-11-09")));

        JsonNode read = api.get("officer-minle", "/api/work-orders/" + id).json();
        assertThat(read.get("state").get("status").asText()).isEqualTo("CLOSED");
        assertThat(read.get("state").get("closedOnTime").asBoolean()).isTrue();
        assertThat(read.get("state").get("bodies").toString()).isEqualTo("[\"甘肃省总工会\",\"张掖市总工会\",\"民乐县总工会\"]");
        // taken in, graded, two dispatches and two signings, transferred, answered, replied, called back, closed
        assertThat(read.get("state").get("steps")).hasSize(11);
        assertThat(read.get("worker").get("name").asText()).isEqualTo("快递员王某");
        assertThat(api.get("officer-zhangye", "/api/work-orders/" + id).status()).isEqualTo(200);

        // sealed in the store: the raw event names nobody
        Document stored = mongo.database().getCollection("events").find(new Document("aggregateId", id).append("seq", 0L)).first();
        assertThat(stored.toJson()).doesNotContain("快递员王某").doesNotContain("13900001111");
        // closed orders leave the inbox
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("officer-gansu", "/api/work-orders?below=true").json().get("orders").findValuesAsText("id")).doesNotContain(id));
        // the platform notes a call with the worker: sealed like his contact
        ok(api.post("officer-gansu", at + "contacts", Map.of("kind", "CALL", "text", "王某来电确认罚款已退还", "minutes", 6, "occurredOn", "2026-11-06")));
        assertThat(mongo.database().getCollection("events").find(new Document("aggregateId", id)).into(new java.util.ArrayList<>()).toString())
                .doesNotContain("罚款已退还\"").doesNotContain("王某来电");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("officer-gansu", "/api/people?q=13900001111")
                .json().get("people").findValuesAsText("workOrderId")).contains(id));
        // and erased: the worker reads as erased, what was said with him too, and he is found no more
        ok(api.post("admin", at + "erasure", Map.of("reason", "本人申请删除")));
        assertThat(api.get("officer-minle", "/api/work-orders/" + id).json().get("worker").get("name").asText()).isEqualTo("已删除");
        assertThat(api.get("auditor", "/api/work-orders/" + id).body()).doesNotContain("王某来电");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("officer-gansu", "/api/people?q=13900001111")
                .json().get("people").findValuesAsText("workOrderId")).doesNotContain(id));
    }

    @Test
    void a_12351_wage_call_becomes_a_case_that_follows_the_ludian_road() {
        ObjectNode call = courierMessage().put("channel", "HOTLINE_12351").put("place", "鲁甸县").put("industry", "建筑")
                .put("demand", "某建筑公司拖欠38名工人工资").put("occurredOn", "2025-03-07");
        String id = ok(api.post("officer-ludian", "/api/work-orders", call)).json().get("workOrderId").asText();
        String at = "/api/work-orders/" + id + "/";
        ok(api.post("officer-ludian", at + "classification", Map.of("category", "LEGAL_AID", "grade", "DIFFICULT", "occurredOn", "2025-03-07")));
        // a case of another body, or none: refused
        assertProblem(api.post("officer-ludian", at + "conversion", Map.of("caseId", "PL-NONE", "occurredOn", "2025-03-10")), 422,
                "CASE_NOT_OF_UNION_BODY", "caseId");
        String caseId = "LD-2025-WO1";
        for (Object command : LudianReferenceCaseTest.run().commands()) {
            String path = HttpApi.pathOf(command).replace("LD-2025-001", caseId);
            String body;
            try {
                body = HttpApi.JSON.writeValueAsString(command).replace("LD-2025-001", caseId);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
            ok(api.post("officer-ludian", path, body));
            if (path.equals("/api/cases")) {
                ok(api.post("officer-ludian", at + "conversion", Map.of("caseId", caseId, "occurredOn", "2025-03-10")));
                ok(api.post("officer-ludian", at + "reply", Map.of("reply", "已立案并指派律师代理", "occurredOn", "2025-03-10")));
            }
        }
        JsonNode read = api.get("officer-ludian", "/api/work-orders/" + id).json().get("state");
        assertThat(read.get("caseId").asText()).isEqualTo(caseId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("officer-ludian", "/api/cases/" + caseId + "/timeline").json().get("timeline").get("stage").asText()).isEqualTo("CLOSED"));
    }

    @Test
    void the_hotline_dashboard_counts_what_a_hand_count_does_and_names_nobody() {
        // three orders taken in at 张掖's own desk in one month: one closed on time and satisfied, one replied late and
        // not satisfied, one still open
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = ok(api.post("officer-zhangye", "/api/work-orders", courierMessage().put("occurredOn", "2026-10-05"))).json()
                    .get("workOrderId").asText();
            ok(api.post("officer-zhangye", "/api/work-orders/" + ids[i] + "/classification",
                    Map.of("category", i == 2 ? "CONSULTATION" : "COMPLAINT", "grade", "ORDINARY", "occurredOn", "2026-10-09")));
        }
        // handling day: 5 working days from 9 October 2026: a reply on the 12th is on time, one on the 20th late
        ok(api.post("officer-zhangye", "/api/work-orders/" + ids[0] + "/reply", Map.of("reply", "已解决", "occurredOn", "2026-10-12")));
        ok(api.post("officer-zhangye", "/api/work-orders/" + ids[0] + "/callback", Map.of("satisfaction", "SATISFIED", "occurredOn", "2026-10-13")));
        ok(api.post("officer-zhangye", "/api/work-orders/" + ids[0] + "/closure", Map.of("qualityNote", "合格", "occurredOn", "2026-10-14")));
        ok(api.post("officer-zhangye", "/api/work-orders/" + ids[1] + "/reply", Map.of("reply", "已协调", "occurredOn", "2026-10-20")));
        ok(api.post("officer-zhangye", "/api/work-orders/" + ids[1] + "/callback", Map.of("satisfaction", "NOT_SATISFIED", "occurredOn", "2026-10-21")));
        ok(api.post("officer-zhangye", "/api/work-orders/" + ids[1] + "/closure", Map.of("qualityNote", "超期", "occurredOn", "2026-10-21")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode f = api.get("dashboard", "/api/dashboard/hotline?body=ZHY&from=2026-10&to=2026-10").json();
            assertThat(f.get("received").asLong()).isEqualTo(3);
            assertThat(f.get("closed").asLong()).isEqualTo(2);
            assertThat(f.get("closedOnTime").asLong()).isEqualTo(1);
            assertThat(f.get("onTimePerMille").asInt()).isEqualTo(500);
            assertThat(f.get("calledBack").asLong()).isEqualTo(2);
            assertThat(f.get("satisfactionPerMille").asInt()).isEqualTo(500);
            assertThat(f.get("byCategory").get("COMPLAINT").asLong()).isEqualTo(2);
            // days from receipt to closing: 9 and 16 → the lower middle of two is 9
            assertThat(f.get("medianDaysToClose").asInt()).isEqualTo(9);
        });
        HttpApi.Reply csv = api.get("dashboard", "/api/dashboard/hotline?body=ZHY&from=2026-10&to=2026-10&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("2026-10,3,2,1,50.0%,2,1,50.0%,0").doesNotContain("王某").doesNotContain("1390000");
        // an officer reads the dashboard through the pages, not the API
        assertThat(api.get("officer-zhangye", "/api/dashboard/hotline").status()).isEqualTo(403);
    }

    /**
     * 永川: a 12351 call about a company's hiring rules (women asked to promise not to have children) becomes a matter of
     * 定点监督 with no wage claim; its 提示函 is served, the company revises its rules, the matter closes 整改到位 and the
     * order is answered, called back and closed. A wage claim's step on the matter is refused.
     */
    @Test
    void the_yongchuan_road_a_call_a_reminder_and_the_rules_revised() {
        ObjectNode call = courierMessage().put("channel", "HOTLINE_12351").put("place", "永川区").put("industry", "电子制造")
                .put("demand", "应聘时公司要求女职工承诺三年内不生育").put("occurredOn", "2026-09-01");
        String order = ok(api.post("officer-yongchuan", "/api/work-orders", call)).json().get("workOrderId").asText();
        ok(api.post("officer-yongchuan", "/api/work-orders/" + order + "/classification",
                Map.of("category", "COMPLAINT", "grade", "DIFFICULT", "occurredOn", "2026-09-01")));
        ObjectNode matter = HttpApi.JSON.createObjectNode().put("mode", "TARGETED").put("subject", "FEMALE_WORKERS")
                .put("facts", "招聘简章要求女性应聘者承诺三年内不生育").put("workOrderNo", order).put("occurredOn", "2026-09-02");
        matter.putArray("employers").addObject().put("obligorId", "E1").put("name", "重庆某电子有限公司");
        String id = ok(api.post("officer-yongchuan", "/api/supervision-matters", matter)).json().get("caseId").asText();
        assertThat(id).startsWith("YC-SM-");
        ok(api.post("officer-yongchuan", "/api/work-orders/" + order + "/conversion", Map.of("caseId", id, "occurredOn", "2026-09-02")));
        String at = "/api/cases/" + id + "/";
        assertProblem(api.post("officer-yongchuan", at + "arbitration", Map.of("commission", "永川区劳动人事争议仲裁委员会", "occurredOn", "2026-09-03")),
                422, "NOT_A_WAGE_CASE", null);
        ObjectNode letter = HttpApi.JSON.createObjectNode().put("letterId", "L1").put("letterType", "REMINDER").put("documentNo", "永工函〔2026〕3号")
                .put("signer", "主席").put("recipientKind", "EMPLOYER").put("recipientObligorId", "E1").put("recipientName", "重庆某电子有限公司")
                .put("subject", "FEMALE_WORKERS").put("facts", "招聘简章要求女性应聘者承诺三年内不生育")
                .put("legalBasis", "妇女权益保障法 第四十三条；就业促进法 第二十七条").put("demands", "删除限制女职工生育的招聘条件").put("occurredOn", "2026-09-03");
        letter.set("issuer", HttpApi.JSON.createObjectNode().put("name", "永川区总工会").put("level", "COUNTY").put("region", "500118"));
        ok(api.post("officer-yongchuan", at + "supervision-letters", letter));
        ok(api.post("officer-yongchuan", at + "supervision-letters/L1/service", Map.of("occurredOn", "2026-09-04")));
        ok(api.post("officer-yongchuan", at + "supervision-letters/L1/reply",
                Map.of("outcome", "COMPLIED", "summary", "已修订招聘简章，删除限制生育条件", "occurredOn", "2026-09-14")));
        ok(api.post("officer-yongchuan", at + "closure", Map.of("reason", "RECTIFIED", "note", "整改到位", "occurredOn", "2026-09-15")));
        ok(api.post("officer-yongchuan", "/api/work-orders/" + order + "/reply", Map.of("reply", "公司已修订招聘简章", "occurredOn", "2026-09-15")));
        ok(api.post("officer-yongchuan", "/api/work-orders/" + order + "/callback", Map.of("satisfaction", "SATISFIED", "occurredOn", "2026-09-16")));
        ok(api.post("officer-yongchuan", "/api/work-orders/" + order + "/closure", Map.of("qualityNote", "质检合格", "occurredOn", "2026-09-17")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode t = api.get("officer-yongchuan", at + "timeline").json().get("timeline");
            assertThat(t.get("stage").asText()).isEqualTo("CLOSED");
            assertThat(t.get("closeReason").asText()).isEqualTo("RECTIFIED");
            assertThat(t.get("supervisionMode").asText()).isEqualTo("TARGETED");
            assertThat(t.get("letters").get(0).get("outcome").asText()).isEqualTo("COMPLIED");
        });
        assertThat(api.get("officer-yongchuan", "/api/work-orders/" + order).json().get("state").get("caseId").asText()).isEqualTo(id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode d = api.get("dashboard", "/api/dashboard?unionBody=永川区总工会").json();
            assertThat(d.get("supervisionMatters").asInt()).isEqualTo(1);
            assertThat(d.get("cases").asInt()).isZero();
            assertThat(d.get("lettersByType").get("REMINDER").asInt()).isEqualTo(1);
        });
    }

    /** A provincial export: one bad row refuses the file and nothing is recorded; the good file imports; again, nothing twice. */
    @Test
    void a_hotline_export_imports_whole_or_not_at_all() {
        String header = "number,receivedOn,channel,name,phone,idCardNumber,employer,creditCode,place,industry,demand,category,grade\n";
        String good1 = "20261101-0001,2026-11-01,12351 热线,李某,13800001111,,张掖某物流公司,,甘州区,物流,拖欠两个月工资,求决,一般\n";
        String good2 = "20261101-0002,2026-11-01,WEB,赵某,,,,,甘州区,餐饮,咨询加班费计算,,\n";
        String badCode = "20261101-0003,2026-11-01,HOTLINE_12351,钱某,,,某公司,91620700MA000000XX,甘州区,建筑,欠薪,求决,难点\n";
        String badDay = "20261101-0004,2099-01-01,WEB,孙某,,,,,甘州区,建筑,欠薪,,\n";
        long before = storedEvents();
        Map<String, String> csv = Map.of("Content-Type", "text/csv; charset=UTF-8");
        HttpApi.Reply refused = api.send("officer-zhangye", "POST", "/api/work-orders/import", header + good1 + badCode + good2 + badDay, csv);
        assertProblem(refused, 422, "IMPORT_ROWS_INVALID", "employer.creditCode");
        assertThat(refused.json().get("errors").findValuesAsText("row")).containsExactly("2", "4");
        assertThat(refused.json().get("errors").get(1).get("field").asText()).isEqualTo("receivedOn");
        assertThat(storedEvents()).isEqualTo(before);

        JsonNode done = ok(api.send("officer-zhangye", "POST", "/api/work-orders/import", "\uFEFF" + header + good1 + good2, csv)).json();
        assertThat(done.get("imported").toString()).isEqualTo("[\"ZHY-WO-20261101-0001\",\"ZHY-WO-20261101-0002\"]");
        JsonNode first = api.get("officer-zhangye", "/api/work-orders/ZHY-WO-20261101-0001").json();
        assertThat(first.get("state").get("channel").asText()).isEqualTo("HOTLINE_12351");
        assertThat(first.get("state").get("grade").asText()).isEqualTo("ORDINARY");
        assertThat(first.get("worker").get("name").asText()).isEqualTo("李某");
        JsonNode again = ok(api.send("officer-zhangye", "POST", "/api/work-orders/import", header + good1 + good2, csv)).json();
        assertThat(again.get("imported")).isEmpty();
        assertThat(again.get("alreadyImported")).hasSize(2);
    }

    /** Two calls about one employer feed one case: the second order's worker joins it as a claimant with his claim. */
    @Test
    void several_orders_about_one_employer_feed_one_case_adding_their_workers() {
        ObjectNode filing = HttpApi.JSON.valueToTree(org.caseledger.api.support.Cases.file("LD-WO-JOIN"));
        filing.remove("unionBody");
        ok(api.post("officer-ludian", "/api/cases", filing));
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            ObjectNode call = courierMessage().put("channel", "HOTLINE_12351").put("demand", "某劳务公司拖欠工资").put("occurredOn", "2025-03-10");
            ((ObjectNode) call.get("personalData")).put("name", "来电工人" + (i + 1));
            ids[i] = ok(api.post("officer-ludian", "/api/work-orders", call)).json().get("workOrderId").asText();
        }
        ok(api.post("officer-ludian", "/api/work-orders/" + ids[0] + "/conversion", Map.of("caseId", "LD-WO-JOIN", "occurredOn", "2025-03-11")));
        assertProblem(api.post("officer-ludian", "/api/work-orders/" + ids[1] + "/conversion",
                Map.of("caseId", "LD-WO-JOIN", "occurredOn", "2025-03-11", "claimant", Map.of("claimantId", "W9", "claimed", "lots"))),
                400, "INVALID_INPUT", "claimant");
        ok(api.post("officer-ludian", "/api/work-orders/" + ids[1] + "/conversion",
                Map.of("caseId", "LD-WO-JOIN", "occurredOn", "2025-03-11", "claimant", Map.of("claimantId", "W9", "claimed", 500_000))));
        assertThat(api.get("officer-ludian", "/api/work-orders/" + ids[1]).json().get("state").get("caseId").asText()).isEqualTo("LD-WO-JOIN");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode ledger = api.get("officer-ludian", "/api/cases/LD-WO-JOIN/timeline").json().get("timeline").get("ledger");
            JsonNode w9 = null;
            for (JsonNode line : ledger) {
                if (line.get("claimantId").asText().equals("W9")) {
                    w9 = line;
                }
            }
            assertThat(w9).isNotNull();
            assertThat(w9.get("claimedFen").asLong()).isEqualTo(500_000);
        });
    }
}
