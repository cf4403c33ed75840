package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.support.Cases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/**
 * Union bodies are configuration: the demo's 昭通市总工会 has two counties, 鲁甸 and 昭阳. A filing
 * takes body and region from the officer's account; the city reads its counties' cases, a sibling county does not;
 * an officer cannot learn by filing whether another body's case id exists.
 */
class UnionBodiesTest extends ApiTest {

    private ObjectNode filing() {
        ObjectNode json = HttpApi.JSON.valueToTree(Cases.file("unused"));
        json.remove("caseId");
        json.remove("unionBody");
        return json;
    }

    @Test
    void a_filing_takes_the_body_and_region_from_the_account_and_gets_an_id_in_the_bodys_range() {
        HttpApi.Reply filed = api.post("officer-ludian", "/api/cases", filing());
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String caseId = filed.json().get("caseId").asText();
        assertThat(caseId).startsWith("LD-");
        JsonNode row = api.get("officer-ludian", "/api/cases/" + caseId).json();
        assertThat(row.get("unionBody").asText()).isEqualTo("鲁甸县总工会");
        assertThat(row.get("region").asText()).isEqualTo("530621");
    }

    @Test
    void a_filing_that_names_another_region_or_another_body_is_refused_and_records_nothing() {
        long before = storedEvents();
        ObjectNode otherRegion = filing();
        otherRegion.putObject("unionBody").put("name", "鲁甸县总工会").put("level", "COUNTY").put("region", "620800");
        assertProblem(api.post("officer-ludian", "/api/cases", otherRegion), 422, "UNION_BODY_MISMATCH", "unionBody.region");
        ObjectNode otherLevel = filing();
        otherLevel.putObject("unionBody").put("name", "鲁甸县总工会").put("level", "CITY").put("region", "530621");
        assertProblem(api.post("officer-ludian", "/api/cases", otherLevel), 422, "UNION_BODY_MISMATCH", "unionBody.level");
        ObjectNode otherBody = filing();
        otherBody.putObject("unionBody").put("name", "平凉市总工会").put("level", "CITY").put("region", "620800");
        assertProblem(api.post("officer-ludian", "/api/cases", otherBody), 403, "OTHER_UNION_BODY", "unionBody.name");
        assertProblem(api.post("officer-zhaotong", "/api/cases", filing().put("caseId", "LD-CITY-1")), 422,
                "CASE_ID_OUTSIDE_UNION_BODY", "caseId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void filing_under_another_bodys_id_answers_the_same_whether_that_case_exists_or_not() {
        HttpApi.Reply zhaoyang = api.post("officer-zhaoyang", "/api/cases", filing().put("caseId", "ZY-PROBE-1"));
        assertThat(zhaoyang.status()).as(zhaoyang.body()).isEqualTo(201);

        HttpApi.Reply existing = api.post("officer-ludian", "/api/cases", filing().put("caseId", "ZY-PROBE-1"));
        HttpApi.Reply absent = api.post("officer-ludian", "/api/cases", filing().put("caseId", "ZY-PROBE-2"));
        assertProblem(existing, 422, "CASE_ID_OUTSIDE_UNION_BODY", "caseId");
        assertThat(existing.json().get("detail")).isEqualTo(absent.json().get("detail"));
        assertThat(storedEvents("ZY-PROBE-2")).isZero();
    }

    @Test
    void the_city_reads_its_counties_cases_but_does_not_advance_them_and_a_sibling_county_sees_nothing() {
        String caseId = api.post("officer-ludian", "/api/cases", filing()).json().get("caseId").asText();
        String meeting = "{\"format\":\"IN_PERSON\",\"attendees\":[],\"outcome\":\"talks\",\"occurredOn\":\"2025-03-11\"}";

        assertThat(api.get("officer-zhaotong", "/api/cases/" + caseId + "/timeline").status()).isEqualTo(200);
        assertThat(api.get("officer-zhaotong", "/api/cases?size=200").json().get("items").findValuesAsText("caseId")).contains(caseId);
        long before = storedEvents(caseId);
        assertProblem(api.post("officer-zhaotong", "/api/cases/" + caseId + "/meetings", meeting), 403, "READ_ONLY_CASE", null);

        assertProblem(api.get("officer-zhaoyang", "/api/cases/" + caseId + "/timeline"), 404, "CASE_NOT_FOUND", "caseId");
        assertProblem(api.post("officer-zhaoyang", "/api/cases/" + caseId + "/meetings", meeting), 404, "CASE_NOT_FOUND", "caseId");
        assertThat(api.get("officer-zhaoyang", "/api/cases?size=200").json().get("items").findValuesAsText("caseId")).doesNotContain(caseId);
        assertThat(api.get("officer-pingliang", "/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(storedEvents(caseId)).isEqualTo(before);
    }
}
