package org.caseledger.core.intake;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

/** 更正: a mistyped ID-card number is corrected by an event with its reason, never in place; an erased person stays erased. */
class ClaimantCorrectionTest extends WageCaseSpec {

    static final PersonalData CORRECTED = person("工人甲", "53062119800101001");

    @Test
    void a_mistyped_id_card_number_is_corrected_beside_the_filing() {
        fixture.given(filed())
                .when(new CorrectClaimantPersonalData(CASE, W1, CORRECTED, "身份证号第十七位录入错误", FILED.plusDays(2)))
                .expectEvents(new ClaimantPersonalDataCorrected(CASE, W1, CORRECTED, "身份证号第十七位录入错误", FILED.plusDays(2)));
    }

    @Test
    void an_unknown_or_erased_claimant_is_not_corrected() {
        fixture.given(filed())
                .when(new CorrectClaimantPersonalData(CASE, ClaimantId.of("W9"), CORRECTED, "?", FILED.plusDays(2)))
                .expectException(violation(RuleCode.UNKNOWN_CLAIMANT));
        createFixture();
        fixture.given(filed(), new ClaimantPersonalDataErased(CASE, W1, "本人申请", FILED.plusDays(1)))
                .when(new CorrectClaimantPersonalData(CASE, W1, CORRECTED, "?", FILED.plusDays(2)))
                .expectException(violation(RuleCode.PERSONAL_DATA_ALREADY_ERASED));
    }

    @Test
    void a_correction_needs_its_reason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorrectClaimantPersonalData(CASE, W1, CORRECTED, " ", FILED))
                .isInstanceOf(org.caseledger.core.kernel.CaseRuleViolation.class);
    }
}
