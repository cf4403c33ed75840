package org.caseledger.core.intake;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

/** 花名册: the workers of a list join an open case together, one event each, or none of them does. */
class AddingAWorkerListTest extends WageCaseSpec {

    static final NewClaimant W3 = new NewClaimant(ClaimantId.of("W3"), person("工人丙", "53062119800101003"), Money.ofYuan("3000.00"));
    static final NewClaimant W4 = new NewClaimant(ClaimantId.of("W4"), person("工人丁", "53062119800101004"), Money.ofYuan("0.01"));

    @Test
    void every_worker_of_the_list_joins_with_an_event_of_his_own() {
        fixture.given(filed())
                .when(new AddClaimants(CASE, List.of(W3, W4), FILED.plusDays(1)))
                .expectEvents(new ClaimantAdded(CASE, W3, FILED.plusDays(1)), new ClaimantAdded(CASE, W4, FILED.plusDays(1)));
    }

    @Test
    void one_worker_already_in_the_case_keeps_the_whole_list_out() {
        NewClaimant again = new NewClaimant(W1, person("工人甲", "53062119800101001"), Money.ofYuan("1.00"));
        fixture.given(filed())
                .when(new AddClaimants(CASE, List.of(W3, again), FILED.plusDays(1)))
                .expectNoEvents()
                .expectException(violation(RuleCode.DUPLICATE_CLAIMANT));
    }

    @Test
    void the_same_worker_twice_in_the_list_keeps_it_out() {
        fixture.given(filed())
                .when(new AddClaimants(CASE, List.of(W3, W3), FILED.plusDays(1)))
                .expectNoEvents()
                .expectException(violation(RuleCode.DUPLICATE_CLAIMANT));
    }
}
