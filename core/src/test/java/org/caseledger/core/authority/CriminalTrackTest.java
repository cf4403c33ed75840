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
 * The criminal track (刑法 art. 276-1): the labour administration's order to pay (责令支付, served or posted: 法释〔2013〕3号
 * art. 4), the referral to the police (人社部发〔2014〕100号; 保障农民工工资支付条例 art. 41 ¶2) with the amounts against the
 * thresholds of "数额较大" (法释〔2013〕3号 art. 3) and their decision (art. 6: paid before the filing, no crime); the listing
 * for serious arrears (条例 art. 48). All acts of the authorities: recorded, the irregular flagged.
 */
class CriminalTrackTest extends WageCaseSpec {

    static final LocalDate ORDERED = FILED.plusDays(10);
    static final LocalDate PAY_BY = ORDERED.plusDays(15);
    static final OrderToPayIssued ORDER = new OrderToPayIssued(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", "鲁人社监令〔2025〕3号",
            Money.ofYuan("15000"), PAY_BY, ORDERED);

    /** The referral as the case records it, with its figures: ¥15,000 of wages unpaid to two workers, ¥10,000 the largest. */
    static ReferredToPolice referred(List<org.caseledger.core.kernel.DeadlineClosure> closed, List<CaseWarning> warnings, LocalDate on) {
        return new ReferredToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", closed, warnings, on, Money.ofYuan("15000"), 2,
                Money.ofYuan("10000"), Money.ofYuan("5000"), Money.ofYuan("30000"), null, CriminalThresholds.NATIONAL_FLOOR.source());
    }

    @Test
    void the_thresholds_are_the_provinces_where_it_set_them_and_else_the_lower_ends_of_the_range() throws Exception {
        CriminalThresholds table = CriminalThresholds.fromDefaultResource();
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(table.at(org.caseledger.core.kernel.RegionCode.of("210102"), day).oneWorker()).isEqualTo(Money.ofYuan("10000")); // 辽宁
        assertThat(table.at(org.caseledger.core.kernel.RegionCode.of("440104"), day).tenWorkers()).isEqualTo(Money.ofYuan("100000")); // 广州
        assertThat(table.at(org.caseledger.core.kernel.RegionCode.of("440500"), day).tenWorkers()).isEqualTo(Money.ofYuan("60000")); // 汕头
        assertThat(table.at(org.caseledger.core.kernel.RegionCode.of("530621"), day)).isEqualTo(CriminalThresholds.NATIONAL_FLOOR); // 云南
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriminalThresholds.parse(new java.io.StringReader("62\t2025-01-01\t4000\t30000\tx\n"), "t.tsv"))
                .hasMessageContaining("t.tsv line 1");
    }

    /** art. 3: W1 ¥4,999.99 and W2 ¥0.01 unpaid: neither one worker's ¥5,000 nor ten workers' ¥30,000. Flagged. */
    @Test
    void a_referral_below_the_thresholds_of_a_large_amount_is_flagged() {
        LocalDate referred = PAY_BY.plusDays(1);
        org.caseledger.core.money.PaymentReceived paid = new org.caseledger.core.money.PaymentReceived(CASE,
                org.caseledger.core.money.PaymentId.of("P1"), EMPLOYER, org.caseledger.core.money.PaymentChannel.DIRECT, Money.ofYuan("10000"),
                List.of(new org.caseledger.core.kernel.ClaimantAmount(W1, Money.ofYuan("5000.01")),
                        new org.caseledger.core.kernel.ClaimantAmount(W2, Money.ofYuan("4999.99"))), ORDERED.plusDays(2));
        fixture.given(plus(negotiating(), ORDER, paid))
                .when(new ReferToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", referred))
                .expectEvents(new ReferredToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", List.of(missed(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕3号")),
                        List.of(CaseWarning.CRIMINAL_AMOUNT_BELOW_THRESHOLD), referred, Money.ofYuan("5000"), 2, Money.ofYuan("4999.99"),
                        Money.ofYuan("5000"), Money.ofYuan("30000"), null, CriminalThresholds.NATIONAL_FLOOR.source()));
    }

    /** art. 6: the wages paid in full before the police filed: flagged on the referral and on a decision to file. */
    @Test
    void wages_paid_before_the_police_filed_are_no_crime_and_flagged() {
        org.caseledger.core.money.PaymentReceived paidInFull = new org.caseledger.core.money.PaymentReceived(CASE,
                org.caseledger.core.money.PaymentId.of("P1"), EMPLOYER, org.caseledger.core.money.PaymentChannel.DIRECT, Money.ofYuan("15000"),
                List.of(new org.caseledger.core.kernel.ClaimantAmount(W1, W1_CLAIM), new org.caseledger.core.kernel.ClaimantAmount(W2, W2_CLAIM)),
                PAY_BY.plusDays(2));
        LocalDate decided = PAY_BY.plusDays(5);
        fixture.given(plus(negotiating(), ORDER, referred(List.of(), List.of(), PAY_BY.plusDays(1)), paidInFull))
                .when(new RecordPoliceDecision(CASE, EMPLOYER, true, "鲁公立字〔2025〕9号", decided))
                .expectEvents(new PoliceDecided(CASE, EMPLOYER, true, "鲁公立字〔2025〕9号", decided, List.of(CaseWarning.REMUNERATION_PAID_BEFORE_FILING)));
    }

    /** art. 4 ¶2: an order posted where the absconded employer worked counts; and any order let pass counts, not the latest only. */
    @Test
    void a_posted_order_counts_and_an_earlier_order_let_pass_is_enough() {
        OrderToPayIssued posted = new OrderToPayIssued(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", "鲁人社监令〔2025〕3号", Money.ofYuan("15000"),
                PAY_BY, ORDERED, OrderService.POSTED);
        OrderToPayIssued later = new OrderToPayIssued(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", "鲁人社监令〔2025〕5号", Money.ofYuan("15000"),
                PAY_BY.plusDays(30), PAY_BY.plusDays(2));
        LocalDate referred = PAY_BY.plusDays(5);
        fixture.given(plus(negotiating(), posted, later))
                .when(new ReferToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", referred))
                .expectEvents(referred(List.of(missed(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕3号"), met(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕5号")),
                        List.of(), referred));
    }

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
                .expectEvents(referred(List.of(missed(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕3号")), List.of(), referred));
    }

    @Test
    void a_referral_without_an_unpaid_order_to_pay_is_recorded_and_flagged() {
        fixture.given(negotiating())
                .when(new ReferToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", ORDERED))
                .expectEvents(referred(List.of(), List.of(CaseWarning.POLICE_REFERRAL_WITHOUT_UNPAID_ORDER), ORDERED));
        createFixture();
        // before the day the order gave: still flagged
        fixture.given(plus(negotiating(), ORDER))
                .when(new ReferToPolice(CASE, EMPLOYER, "鲁甸县人力资源和社会保障局", PAY_BY))
                .expectEvents(referred(List.of(met(DeadlineKind.ORDER_TO_PAY, "鲁人社监令〔2025〕3号")),
                        List.of(CaseWarning.POLICE_REFERRAL_WITHOUT_UNPAID_ORDER), PAY_BY));
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
