package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseledger.api.support.Cases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.api.web.ApiContractTest.assertProblem;

/** Issue 16: erasing a claimant's personal data through the front door, for admins only, once, with a reason. */
class ErasureApiTest extends ApiTest {

    String open(String caseId) {
        for (Object command : Cases.fileAndAssign(caseId)) {
            HttpApi.Reply r = api.post("officer-ludian", HttpApi.pathOf(command), (ObjectNode) HttpApi.JSON.valueToTree(command));
            assertThat(r.status()).as(r.body()).isIn(200, 201);
        }
        return caseId;
    }

    ObjectNode reason(String text) {
        return HttpApi.JSON.createObjectNode().put("reason", text);
    }

    @Test
    void an_admin_erases_a_claimant_whose_name_then_reads_as_erased_while_the_chain_holds() {
        String id = open("LD-ERASE-1");
        JsonNode before = api.get("auditor", "/api/cases/" + id + "/history").json().get(0).get("payload");
        assertThat(before.toString()).contains("张三");
        long events = storedEvents(id);

        assertThat(api.post("officer-ludian", "/api/cases/" + id + "/claimants/W1/erasure", reason("asked")).status()).isEqualTo(403);
        assertThat(api.post("auditor", "/api/cases/" + id + "/claimants/W1/erasure", reason("asked")).status()).isEqualTo(403);
        assertProblem(api.post("admin", "/api/cases/" + id + "/claimants/W1/erasure", HttpApi.JSON.createObjectNode()), 400, "INVALID_INPUT",
                "reason");
        assertProblem(api.post("admin", "/api/cases/" + id + "/claimants/W9/erasure", reason("asked")), 422, "UNKNOWN_CLAIMANT", "claimantId");
        assertProblem(api.post("admin", "/api/cases/LD-NO-SUCH/claimants/W1/erasure", reason("asked")), 404, "CASE_NOT_FOUND", null);
        assertThat(storedEvents(id)).isEqualTo(events);

        HttpApi.Reply erased = api.post("admin", "/api/cases/" + id + "/claimants/W1/erasure", reason("the worker asked (个人信息保护法 art. 47)"));
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        JsonNode after = api.get("auditor", "/api/cases/" + id + "/history").json();
        assertThat(after.get(0).get("payload").toString()).doesNotContain("张三").contains("已删除").contains("李四");
        assertThat(after.get(after.size() - 1).get("type").asText()).isEqualTo("ClaimantPersonalDataErased");
        assertThat(api.get("auditor", "/api/cases/" + id + "/integrity").json().get("chainIntact").asBoolean()).as("the chain holds after the erasure").isTrue();
        assertProblem(api.post("admin", "/api/cases/" + id + "/claimants/W1/erasure", reason("again")), 422, "PERSONAL_DATA_ALREADY_ERASED",
                "claimantId");
    }
}
