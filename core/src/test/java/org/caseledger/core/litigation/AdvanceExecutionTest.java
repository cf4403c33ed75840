package org.caseledger.core.litigation;

import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** 先予执行 of wages (劳动争议调解仲裁法 art. 44; 民事诉讼法 arts. 109-110): ordered per claimant, within what is owed. */
class AdvanceExecutionTest extends WageCaseSpec {

    @Test
    void advance_execution_of_wages_is_ordered_per_claimant_and_never_beyond_what_is_owed() {
        List<Object> arbitrating = ArbitrationAndLitigationTest.arbitrating();
        LocalDate ruled = FILED.plusDays(15);
        fixture.given(arbitrating)
                .when(new RecordAdvanceExecution(CASE, "鲁劳人仲先字〔2025〕1号", List.of(new ClaimantAmount(W1, Money.ofYuan("3000"))), ruled))
                .expectEvents(new AdvanceExecutionOrdered(CASE, "鲁劳人仲先字〔2025〕1号", true, List.of(new ClaimantAmount(W1, Money.ofYuan("3000"))), ruled));
        createFixture();
        fixture.given(arbitrating)
                .when(new RecordAdvanceExecution(CASE, "鲁劳人仲先字〔2025〕1号", List.of(new ClaimantAmount(W1, W1_CLAIM.plus(Money.ofFen(1)))), ruled))
                .expectException(violation(RuleCode.OVERPAYMENT));
        createFixture();
        fixture.given(negotiating())
                .when(new RecordAdvanceExecution(CASE, "x", List.of(new ClaimantAmount(W1, Money.ofYuan("1"))), ruled))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }
}
