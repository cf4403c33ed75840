package org.caseledger.core.intake;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

/** 个人信息保护法 art. 47: a claimant's personal data is erased on request, in any stage, once. */
class ErasingPersonalDataTest extends WageCaseSpec {

    @Test
    void a_claimants_personal_data_is_erased_even_after_the_case_closed() {
        CaseClosed closed = new CaseClosed(CASE, CloseReason.WITHDRAWN, "withdrawn", CaseStage.NEGOTIATION, List.of(), FILED.plusDays(9));
        fixture.given(plus(negotiating(), closed))
                .when(new EraseClaimantPersonalData(CASE, W1, "the worker asked (个人信息保护法 art. 47)", FILED.plusDays(10)))
                .expectEvents(new ClaimantPersonalDataErased(CASE, W1, "the worker asked (个人信息保护法 art. 47)", FILED.plusDays(10)));
    }

    @Test
    void an_erasure_names_a_claimant_of_the_case_a_reason_and_happens_once() {
        fixture.given(negotiating())
                .when(new EraseClaimantPersonalData(CASE, ClaimantId.of("W9"), "asked", FILED.plusDays(10)))
                .expectException(violation(RuleCode.UNKNOWN_CLAIMANT));
        refusedAsWritten(() -> new EraseClaimantPersonalData(CASE, W1, " ", FILED.plusDays(10)), RuleCode.REASON_REQUIRED);
        createFixture();
        fixture.given(plus(negotiating(), new ClaimantPersonalDataErased(CASE, W1, "asked", FILED.plusDays(10))))
                .when(new EraseClaimantPersonalData(CASE, W1, "asked again", FILED.plusDays(11)))
                .expectException(violation(RuleCode.PERSONAL_DATA_ALREADY_ERASED));
    }
}
