package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/** The calendar officers plan with answers as the case's rules count. */
class CalendarApiTest extends ApiTest {

    @Test
    void fifteen_working_days_from_2026_12_28_end_on_2027_01_19_provisionally() {
        // 元旦 2027-01-01 is a holiday by law (《全国年节及纪念日放假办法》); 2027's 调休 arrangement is not built in
        HttpApi.Reply r = api.get("officer-ludian", "/api/calendar/deadline?from=2026-12-28&workingDays=15");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode end = r.json().get("end");
        assertThat(end.get("lastDay").asText()).isEqualTo("2027-01-19");
        assertThat(end.get("provisional").asBoolean()).isTrue();
        assertThat(skipped(end)).contains("2027-01-01 HOLIDAY", "2027-01-02 REST_DAY");
        assertThat(r.json().get("counting").asText()).isEqualTo("WORKING_DAYS");
    }

    @Test
    void a_fifteen_day_court_period_from_2025_09_16_ends_on_2025_10_09() {
        // 民事诉讼法 art. 85: the 15th day, 2025-10-01, is 国庆; the first working day after the holidays is 10-09
        HttpApi.Reply r = api.get("auditor", "/api/calendar/deadline?from=2025-09-16&days=15");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode end = r.json().get("end");
        assertThat(end.get("lastDay").asText()).isEqualTo("2025-10-09");
        assertThat(end.get("provisional").asBoolean()).isFalse();
        assertThat(skipped(end)).contains("2025-10-01 HOLIDAY", "2025-10-08 HOLIDAY");
    }

    @Test
    void a_question_the_calendar_cannot_answer_is_a_problem_naming_the_parameter() {
        assertProblem(api.get("officer-ludian", "/api/calendar/deadline?from=2025-09-16"), 400, "INVALID_INPUT", "workingDays");
        assertProblem(api.get("officer-ludian", "/api/calendar/deadline?from=2025-09-16&days=15&workingDays=15"), 400, "INVALID_INPUT",
                "days");
        assertProblem(api.get("officer-ludian", "/api/calendar/deadline?from=2025-02-30&days=15"), 400, "INVALID_INPUT", "from");
        assertProblem(api.get("officer-ludian", "/api/calendar/deadline?from=2025-09-16&days=0"), 400, "INVALID_INPUT", "days");
        assertProblem(api.get("officer-ludian", "/api/calendar/deadline?from=2025-09-16&workingDays=99999"), 400, "INVALID_INPUT",
                "workingDays");
        assertProblem(api.get("officer-ludian", "/api/calendar/deadline?from=2025-09-16&days=abc"), 400, "INVALID_INPUT", "days");
        assertProblem(api.get("officer-ludian", "/api/calendar/deadline?days=15"), 400, "INVALID_INPUT", "from");
        assertThat(api.get(null, "/api/calendar/deadline?from=2025-09-16&days=15").status()).isEqualTo(401);
    }

    private static List<String> skipped(JsonNode end) {
        List<String> days = new ArrayList<>();
        end.get("skipped").forEach(d -> days.add(d.get("day").asText() + " " + d.get("kind").asText()));
        return days;
    }
}
