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
}
