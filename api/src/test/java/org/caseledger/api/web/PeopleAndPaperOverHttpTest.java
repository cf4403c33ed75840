package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.sheets.WorkerLists;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/**
 * The people and the paper of a case over HTTP: a worker list (花名册) read, checked and filed; a list added to a case
 * all or nothing; lists past the limits refused with an answer and nothing recorded.
 */
class PeopleAndPaperOverHttpTest extends ApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    HttpApi.Reply ok(HttpApi.Reply r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        return r;
    }

    /** Files a case of the ludian body with the claimants a checked list gave, and the named employer. */
    String file(JsonNode claimants, String employer, String creditCode) {
        ObjectNode filing = HttpApi.JSON.createObjectNode().put("channel", "WALK_IN").put("industry", "建筑业")
                .put("employmentEnded", true).put("employmentEndedOn", "2026-10-31").put("occurredOn", "2026-11-20");
        filing.set("claimants", claimants);
        ObjectNode obligor = filing.putArray("obligors").addObject().put("obligorId", "O1").put("name", employer).put("role", "EMPLOYER");
        if (creditCode != null) {
            obligor.put("creditCode", creditCode);
        }
        return ok(api.post("officer-ludian", "/api/cases", filing)).json().get("caseId").asText();
    }

    @Test
    void a_list_of_300_is_checked_then_filed_and_its_total_is_the_sheets_to_the_fen() {
        List<List<Object>> rows = WorkerLists.rows(300);
        // three bad rows: nothing comes out, each is named by row and column
        List<List<Object>> bad = new ArrayList<>(rows);
        bad.set(3, List.of(3, "工人3", "530621198004040030", "13900000003", "1000"));
        bad.set(4, List.of(4, "", WorkerLists.idCard(4), "13900000004", "1000"));
        bad.set(5, List.of(5, "工人5", WorkerLists.idCard(5), "12345", "1000"));
        JsonNode refused = ok(api.postBytes("officer-ludian", "/api/claimant-sheets", WorkerLists.csv(bad, StandardCharsets.UTF_8), "text/csv")).json();
        assertThat(refused.get("errorCount").asInt()).isEqualTo(3);
        assertThat(refused.get("claimants")).isEmpty();
        assertThat(refused.get("errors").findValuesAsText("column")).containsExactly("C", "B", "D");
        assertThat(refused.get("errors").findValues("row")).extracting(JsonNode::asInt).containsExactly(4, 5, 6);

        JsonNode sheet = ok(api.postBytes("officer-ludian", "/api/claimant-sheets", WorkerLists.xlsx(rows), XLSX)).json();
        assertThat(sheet.get("claimants")).hasSize(300);
        assertThat(sheet.get("claimed").asLong()).isEqualTo(WorkerLists.fenOf(rows));
        String id = file(sheet.get("claimants"), "昭通某建筑劳务有限公司", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("officer-ludian", "/api/cases/" + id).status()).isEqualTo(200));
        JsonNode timeline = api.get("officer-ludian", "/api/cases/" + id + "/timeline").json();
        assertThat(timeline.at("/timeline/totals/claimedFen").asLong()).isEqualTo(WorkerLists.fenOf(rows));
    }

    @Test
    void a_list_joins_a_case_all_or_nothing() {
        List<List<Object>> rows = WorkerLists.rows(2);
        JsonNode two = ok(api.postBytes("officer-ludian", "/api/claimant-sheets", WorkerLists.csv(rows, StandardCharsets.UTF_8), "text/csv")).json();
        String id = file(two.get("claimants"), "鲁甸某劳务公司", null);
        List<List<Object>> more = new ArrayList<>(List.of(rows.get(0), rows.get(2)));
        more.add(List.of(7, "工人7", WorkerLists.idCard(7), "13900000007", "700.70"));
        long before = storedEvents(id);
        HttpApi.Reply dup = api.postBytes("officer-ludian", "/api/cases/" + id + "/claimant-sheets", WorkerLists.csv(more, StandardCharsets.UTF_8), "text/csv");
        assertProblem(dup, 422, "SHEET_ROWS_INVALID", "idCardNumber");
        assertThat(dup.json().get("errors").get(0).get("code").asText()).isEqualTo("SHEET_DUPLICATE_IN_CASE");
        assertThat(storedEvents(id)).as("nothing recorded").isEqualTo(before);

        more.remove(1);
        JsonNode added = ok(api.postBytes("officer-ludian", "/api/cases/" + id + "/claimant-sheets", WorkerLists.csv(more, StandardCharsets.UTF_8), "text/csv")).json();
        assertThat(added.get("added").asInt()).isEqualTo(1);
        assertThat(added.get("claimed").asLong()).isEqualTo(70_070L);
        assertThat(storedEvents(id)).isEqualTo(before + 1);
        // another county's officer: the case is not shown to exist
        assertProblem(api.postBytes("officer-pingliang", "/api/cases/" + id + "/claimant-sheets", WorkerLists.csv(more, StandardCharsets.UTF_8), "text/csv"),
                404, "CASE_NOT_FOUND", null);
    }

    @Test
    void a_list_past_the_limits_is_answered_and_nothing_is_recorded() {
        long before = storedEvents();
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        assertProblem(api.postBytes("officer-ludian", "/api/claimant-sheets", tenMegabytes, "text/csv"), 413, "BODY_TOO_LARGE", null);
        assertProblem(api.postBytes("officer-ludian", "/api/claimant-sheets", WorkerLists.csv(WorkerLists.rows(10_001), StandardCharsets.UTF_8), "text/csv"),
                413, "SHEET_TOO_MANY_ROWS", "file");
        JsonNode notAList = ok(api.postBytes("officer-ludian", "/api/claimant-sheets", "%PDF-1.7 not a list".getBytes(StandardCharsets.UTF_8),
                "application/pdf")).json();
        assertThat(notAList.get("errors").findValuesAsText("code")).contains("SHEET_NO_NAME_COLUMN", "SHEET_NO_AMOUNT_COLUMN");
        assertThat(storedEvents()).isEqualTo(before);
    }


    static com.fasterxml.jackson.databind.node.ArrayNode claimants(String... nameAndId) {
        com.fasterxml.jackson.databind.node.ArrayNode list = HttpApi.JSON.createArrayNode();
        for (int i = 0; i < nameAndId.length; i += 2) {
            ObjectNode c = list.addObject().put("claimantId", "W" + (i / 2 + 1)).put("claimed", 1_000_000 + i);
            c.putObject("personalData").put("name", nameAndId[i]).put("idCardNumber", nameAndId[i + 1]);
        }
        return list;
    }

    @Test
    void a_worker_is_found_by_id_within_the_bodies_one_may_read_and_the_employer_page_lists_its_cases_and_work_order() {
        String code = WorkerLists.creditCode("91530621MA6KXW0" + "0" + "1");
        String id = WorkerLists.idCard(901);
        String first = file(claimants("赵六", id, "钱七", WorkerLists.idCard(902)), "昭通某劳务派遣有限公司", code);
        String second = file(claimants("孙八", WorkerLists.idCard(903)), "昭通某劳务派遣有限公司", code);
        ObjectNode order = HttpApi.JSON.createObjectNode().put("channel", "HOTLINE_12351").put("industry", "建筑业")
                .put("demand", "工地停工三个月未发工资").put("occurredOn", "2026-11-25");
        order.putObject("personalData").put("name", "赵六").put("idCardNumber", id);
        order.putObject("employer").put("name", "昭通某劳务派遣有限公司").put("creditCode", code);
        String orderId = ok(api.post("officer-ludian", "/api/work-orders", order)).json().get("workOrderId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpApi.Reply reply = api.get("officer-ludian", "/api/employers?key=code:" + code);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode employer = reply.json();
            assertThat(employer.get("places").findValuesAsText("caseId")).contains(first, second);
            assertThat(employer.get("places").findValuesAsText("workOrderId")).contains(orderId);
        });
        // by the name too, as the case page links it
        assertThat(api.get("officer-ludian", "/api/employers?key=name:" + java.net.URLEncoder.encode("昭通某劳务派遣有限公司",
                StandardCharsets.UTF_8)).json().get("creditCode").asText()).isEqualTo(code);

        JsonNode found = ok(api.get("officer-ludian", "/api/people?q=" + id)).json();
        assertThat(found.get("people")).hasSize(1);
        JsonNode person = found.get("people").get(0);
        assertThat(person.get("name").asText()).isEqualTo("赵六");
        assertThat(person.get("places").findValuesAsText("caseId")).contains(first);
        assertThat(person.get("places").findValuesAsText("workOrderId")).contains(orderId);
        // the worker's page, by the key the search gave: what the case owes him
        JsonNode page = ok(api.get("officer-ludian", "/api/people/" + person.get("key").asText())).json();
        assertThat(page.get("places").findValues("claimedFen")).extracting(JsonNode::asLong).contains(1_000_000L);
        // the key is a keyed hash: neither the ID number nor the name is in it or in the index
        assertThat(person.get("key").asText()).doesNotContain(id).startsWith("id:");
        assertThat(mongo.database().getCollection("people_g" + 0).find().into(new ArrayList<>()).toString()
                + mongo.database().listCollectionNames().into(new ArrayList<>())).doesNotContain(id).doesNotContain("赵六");
        // another county's officer finds nobody; the search text is bounded
        assertThat(ok(api.get("officer-pingliang", "/api/people?q=" + id)).json().get("people")).isEmpty();
        assertProblem(api.get("officer-ludian", "/api/people?q=" + "x".repeat(65)), 400, "INVALID_INPUT", "q");
        assertThat(api.get("dashboard", "/api/people?q=" + id).status()).isEqualTo(403);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_award_and_a_workers_iou_are_attached_proved_in_the_export_and_his_go_with_his_erasure() throws Exception {
        String w2 = WorkerLists.idCard(912);
        String id = file(claimants("周九", WorkerLists.idCard(911), "吴十", w2), "鲁甸某劳务公司", null);
        byte[] award = pdf("鲁劳人仲案字〔2026〕1号");
        JsonNode attached = api.postBytes("officer-ludian", "/api/cases/" + id + "/attachments?kind=AWARD&title="
                + java.net.URLEncoder.encode("仲裁裁决书", StandardCharsets.UTF_8), award, "application/octet-stream").json();
        assertThat(attached.get("contentType").asText()).isEqualTo("application/pdf");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String iou = api.postBytes("officer-ludian", "/api/cases/" + id + "/attachments?kind=EVIDENCE&claimantId=W2&title="
                + java.net.URLEncoder.encode("吴十的欠条照片", StandardCharsets.UTF_8), png, "image/png").json().get("attachmentId").asText();
        // a file that is none of the accepted types, whatever it claims to be: refused, nothing stored
        long events = storedEvents(id);
        long files = mongo.database().getCollection("attachments.files").countDocuments();
        assertProblem(api.postBytes("officer-ludian", "/api/cases/" + id + "/attachments?kind=AWARD&title=x",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), "application/pdf"), 415, "ATTACHMENT_TYPE_NOT_ACCEPTED", "file");
        assertThat(storedEvents(id)).isEqualTo(events);
        assertThat(mongo.database().getCollection("attachments.files").countDocuments()).isEqualTo(files);
        // stored sealed: the file's text is not in the database
        assertThat(mongo.database().getCollection("attachments.chunks").find().into(new ArrayList<>()).toString()).doesNotContain("PDF-1.4");

        ok(api.post("officer-ludian", "/api/cases/" + id + "/contacts", HttpApi.JSON.createObjectNode().put("kind", "CALL")
                .put("claimantId", "W2").put("text", "吴十来电：老板答应月底付款").put("minutes", 9).put("occurredOn", "2026-11-21")));
        String awardId = attached.get("attachmentId").asText();
        HttpApi.Reply file = api.send("auditor", "GET", "/api/cases/" + id + "/attachments/" + awardId, null, java.util.Map.of());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();

        JsonNode export = api.get("auditor", "/api/cases/" + id + "/export").json();
        List<String> checked = new ArrayList<>();
        List<String> findings = org.caseledger.api.integrity.CaseFileVerifier.verify(export, List.of(), checked);
        assertThat(findings).noneMatch(f -> f.startsWith("attachment") || f.startsWith("event"));
        assertThat(checked).anyMatch(c -> c.startsWith("attachment " + awardId + ": SHA-256 " + attached.get("sha256").asText() + " matches"));
        // a file altered in the export is caught
        ((ObjectNode) export.get("attachments").get(0)).put("content", java.util.Base64.getEncoder().encodeToString(pdf("forged")));
        assertThat(org.caseledger.api.integrity.CaseFileVerifier.verify(export, List.of(), new ArrayList<>()))
                .anyMatch(f -> f.contains("is not the file event"));

        // the worker erased: his search entry, his file's key and what was said with him are gone; the chain holds
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("officer-ludian", "/api/people?q=" + w2).json().get("people")).hasSize(1));
        assertThat(api.post("admin", "/api/cases/" + id + "/claimants/W2/erasure",
                HttpApi.JSON.createObjectNode().put("reason", "本人申请删除")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("officer-ludian", "/api/people?q=" + w2).json().get("people")).isEmpty());
        assertProblem(api.send("officer-ludian", "GET", "/api/cases/" + id + "/attachments/" + iou, null, java.util.Map.of()), 410,
                "ATTACHMENT_ERASED", "attachmentId");
        JsonNode history = api.get("auditor", "/api/cases/" + id + "/history").json();
        String said = history.findParents("type").stream().filter(e -> e.get("type").asText().equals("ContactRecorded"))
                .map(e -> e.get("payload").toString()).findFirst().orElseThrow();
        assertThat(said).doesNotContain("老板答应").contains("已删除");
        assertThat(api.get("auditor", "/api/cases/" + id + "/export").json().get("attachments").findValuesAsText("attachmentId"))
                .containsExactly(awardId);
        assertThat(api.get("auditor", "/api/cases/" + id + "/integrity").json().get("chainIntact").asBoolean()).isTrue();
    }

    @Test
    void an_attachment_changed_in_the_database_is_named_and_never_served() {
        String id = file(claimants("郑一", WorkerLists.idCard(921)), "鲁甸某劳务公司", null);
        String a = api.postBytes("officer-ludian", "/api/cases/" + id + "/attachments?kind=AWARD&title=award", pdf("award"), "application/pdf")
                .json().get("attachmentId").asText();
        // the attacker has write access to the database: he rewrites the stored chunk through the wire protocol
        var files = mongo.database().getCollection("attachments.files");
        Object fileId = files.find(new org.bson.Document("filename", id + "/" + a)).first().get("_id");
        var chunks = mongo.database().getCollection("attachments.chunks");
        org.bson.Document chunk = chunks.find(new org.bson.Document("files_id", fileId)).first();
        byte[] data = chunk.get("data", org.bson.types.Binary.class).getData().clone();
        data[data.length - 1] ^= 1;
        chunks.updateOne(new org.bson.Document("_id", chunk.get("_id")), new org.bson.Document("$set",
                new org.bson.Document("data", new org.bson.types.Binary(data))));
        assertProblem(api.send("auditor", "GET", "/api/cases/" + id + "/attachments/" + a, null, java.util.Map.of()), 409, "ATTACHMENT_TAMPERED",
                "attachmentId");
    }
}
