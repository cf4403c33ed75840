package org.caseledger.core.authority;

import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The criminal track (刑法 art. 276-1): the labour administration's order to pay (责令支付), the referral to the police
 * (人社部发〔2014〕100号; 保障农民工工资支付条例 art. 41 ¶2) and their decision; the listing for serious arrears (条例
 * art. 48). All acts of the authorities: recorded, a referral without an unpaid order flagged.
 */
class CriminalTrackTest extends WageCaseSpec {

    static final LocalDate ORDERED = FILED.plusDays(10);
    static final LocalDate PAY_BY = ORDERED.plusDays(15);
    static final OrderToPayIssued ORDER = new OrderToPayIssued(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", "鲁人社监令〔2025〕3号",
            Money.ofYuan("15000"), PAY_BY, ORDERED);

    @Test
    void an_order_to_pay_sets_its_day_as_a_deadline() {
        fixture.given(negotiating())
                .when(new RecordOrderToPay(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", "鲁人社监令〔2025〕3号", Money.ofYuan("15000"), PAY_BY, ORDERED))
                .expectEvents(ORDER)
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕3号")).isPresent());
        refusedAsWritten(() -> new RecordOrderToPay(CASE, EMPLOYER, "人社局", "令1", Money.ofYuan("1"), ORDERED, ORDERED), RuleCode.PAY_BY_NOT_AFTER_ORDER);
    }

    @Test
    void a_referral_after_the_order_went_unpaid_is_regular() {
        LocalDate referred = PAY_BY.plusDays(1);
        fixture.given(plus(negotiating(), ORDER))
                .when(new ReferToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", referred))
                .expectEvents(new ReferredToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局",
                        List.of(missed(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕3号")), List.of(), referred));
    }

    @Test
    void a_referral_without_an_unpaid_order_to_pay_is_recorded_and_flagged() {
        fixture.given(negotiating())
                .when(new ReferToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", ORDERED))
                .expectEvents(new ReferredToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", List.of(),
                        List.of(CaseWarning.POLICE_REFERRAL_WITHOUT_UNPAID_ORDER), ORDERED));
        createFixture();
        // before the day the order gave: still flagged
        fixture.given(plus(negotiating(), ORDER))
                .when(new ReferToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", PAY_BY))
                .expectEvents(new ReferredToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局",
                        List.of(met(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕3号")), List.of(CaseWarning.POLICE_REFERRAL_WITHOUT_UNPAID_ORDER), PAY_BY));
    }

    @Test
    void the_police_decide_on_a_referral_only() {
        fixture.given(negotiating())
                .when(new RecordPoliceDecision(CASE, EMPLOYER, true, "鲁公立字〔2025〕9号", PAY_BY.plusDays(5)))
                .expectException(violation(RuleCode.NO_POLICE_REFERRAL));
        createFixture();
        fixture.given(plus(negotiating(), ORDER, new ReferredToPolice(CASE, EMPLOYER, "人社局", List.of(), List.of(), PAY_BY.plusDays(1))))
                .when(new RecordPoliceDecision(CASE, EMPLOYER, true, "鲁公立字〔2025〕9号", PAY_BY.plusDays(5)))
                .expectEvents(new PoliceDecided(CASE, EMPLOYER, true, "鲁公立字〔2025〕9号", PAY_BY.plusDays(5)));
    }

    @Test
    void a_listing_for_serious_arrears_is_recorded_for_a_party() {
        fixture.given(negotiating())
                .when(new RecordArrearsBlacklisting(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", ORDERED.plusYears(3), ORDERED))
                .expectEvents(new ObligorBlacklisted(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", ORDERED.plusYears(3), ORDERED));
        createFixture();
        fixture.given(negotiating())
                .when(new RecordArrearsBlacklisting(CASE, org.caseledger.core.kernel.ObligorId.of("NOBODY"), "人社局", null, ORDERED))
                .expectException(violation(RuleCode.UNKNOWN_OBLIGOR));
    }
}
