package org.caseledger.api.web;

import org.caseledger.api.cases.CommandService;
import org.caseledger.api.store.IdempotencyStore;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.support.Cases;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.caseledger.core.negotiation.MeetingFormat;
import org.caseledger.core.kernel.CaseId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between the append and remembering the answer leaves a key claimed but unanswered. Past the lease
 * (0 s here) a retry asks the store: the command's events carry the key, so a recorded command is answered as it was
 * (one event, the right version), and one that never ran is run. No key stays blocked.
 */
@TestPropertySource(properties = "caseledger.idempotency.lease=0s")
class IdempotencyAfterCrashTest extends ApiTest {

    static final CaseledgerUser OFFICER = new CaseledgerUser("officer-ludian", Set.of("OFFICER"), "鲁甸县总工会", Set.of("鲁甸县总工会"));
    static final String MEETING = "{\"format\":\"IN_PERSON\",\"attendees\":[],\"outcome\":\"talks\",\"occurredOn\":\"2025-03-11\"}";

    @Autowired
    IdempotencyStore idempotency;
    @Autowired
    CommandService commands;

    void open(String caseId) {
        for (Object command : Cases.fileAndAssign(caseId)) {
            assertThat(api.post("officer-ludian", HttpApi.pathOf(command), HttpApi.JSON.valueToTree(command)).status()).isIn(200, 201);
        }
    }

    @Test
    void a_command_recorded_before_the_crash_is_answered_as_it_was_and_not_run_again() {
        open("LD-I1");
        String path = "/api/cases/LD-I1/meetings";
        var claim = (IdempotencyStore.Claimed) idempotency.claim("officer-ludian", "k-1", "POST", path, MEETING, k -> Optional.empty());
        long version = commands.send(new HoldCoordinationMeeting(CaseId.of("LD-I1"), MeetingFormat.IN_PERSON, List.of(), "talks",
                LocalDate.of(2025, 3, 11)), "LD-I1", OFFICER, null, "crashed-request", claim.recordedKey());
        // the process dies here: the answer is never remembered
        long stored = storedEvents("LD-I1");

        HttpApi.Reply retry = api.send("officer-ludian", "POST", path, MEETING, Map.of("Idempotency-Key", "k-1"));
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(retry.json().get("version").asLong()).isEqualTo(version);
        assertThat(retry.header("etag")).isEqualTo("\"" + version + "\"");
        assertThat(storedEvents("LD-I1")).isEqualTo(stored);
        // and from now on the remembered answer
        assertThat(api.send("officer-ludian", "POST", path, MEETING, Map.of("Idempotency-Key", "k-1")).header("Idempotent-Replay")).isEqualTo("true");
    }

    @Test
    void a_command_that_never_ran_before_the_crash_runs_on_the_retry() {
        open("LD-I2");
        String path = "/api/cases/LD-I2/meetings";
        idempotency.claim("officer-ludian", "k-2", "POST", path, MEETING, k -> Optional.empty());
        // the process dies here, before the command was sent
        long stored = storedEvents("LD-I2");

        HttpApi.Reply retry = api.send("officer-ludian", "POST", path, MEETING, Map.of("Idempotency-Key", "k-2"));
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replay")).isNull();
        assertThat(storedEvents("LD-I2")).isEqualTo(stored + 1);
        assertThat(retry.json().get("version").asLong()).isEqualTo(stored);
    }

    @Test
    void a_filing_without_a_case_id_lands_on_the_same_case_when_retried_under_its_key() {
        var body = HttpApi.JSON.valueToTree(Cases.file("ignored"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("caseId");
        HttpApi.Reply first = api.send("officer-ludian", "POST", "/api/cases", body, Map.of("Idempotency-Key", "k-3"));
        HttpApi.Reply again = api.send("officer-ludian", "POST", "/api/cases", body, Map.of("Idempotency-Key", "k-3"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(again.json().get("caseId").asText()).isEqualTo(first.json().get("caseId").asText());
    }
}
