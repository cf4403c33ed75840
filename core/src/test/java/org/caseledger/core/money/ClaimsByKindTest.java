package org.caseledger.core.money;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimItem;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.litigation.InstrumentBecameEffective;
import org.caseledger.core.litigation.InstrumentKind;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.negotiation.RecordMediationAgreement;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.core.kernel.AmountComponent.ADDITIONAL_COMPENSATION;
import static org.caseledger.core.kernel.AmountComponent.DEBT_INTEREST;
import static org.caseledger.core.kernel.AmountComponent.OVERTIME_PAY;
import static org.caseledger.core.kernel.AmountComponent.PRINCIPAL;
import static org.caseledger.core.kernel.AmountComponent.SEVERANCE;

/**
 * Claims by kind: a worker claims typed items (wages, overtime pay, 经济补偿 …), and the kinds are carried through the
 * agreement, the instrument, the payments and the ledger. An instrument states the sum still owed.
 */
class ClaimsByKindTest extends WageCaseSpec {

    static final Money WAGES = Money.ofYuan("8000.00");
    static final Money OVERTIME = Money.ofYuan("2000.00");
    static final Money SEVERANCE_PAY = Money.ofYuan("3000.00");
    static final LocalDate DAY = FILED.plusDays(25);

    static NewClaimant byKind() {
        return new NewClaimant(W1, person("张三", "53062119800101001"), null,
                List.of(new ClaimItem(PRINCIPAL, WAGES), new ClaimItem(OVERTIME_PAY, OVERTIME), new ClaimItem(SEVERANCE, SEVERANCE_PAY)));
    }

    static List<Object> filedByKind() {
        WageClaimFiled filed = new WageClaimFiled(CASE, COUNTY_UNION, "construction", org.caseledger.core.intake.Channel.HOTLINE_12351,
                "WO-2025-0001", List.of(byKind()), threeObligors(), true, ENDED, LIMITATION_ENDS, FILED);
        List<Object> history = new java.util.ArrayList<>(assigned());
        history.set(0, filed);
        return history;
    }

    @Test
    void a_claim_of_several_kinds_totals_its_items_and_keeps_each() {
        fixture.givenNoPriorActivity()
                .when(new FileWageClaim(CASE, COUNTY_UNION, "construction", org.caseledger.core.intake.Channel.HOTLINE_12351, "WO-1",
                        List.of(byKind()), threeObligors(), true, ENDED, FILED))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    ClaimantBalance b = c.ledger().balanceOf(W1);
                    assertThat(b.claimed()).isEqualTo(Money.ofYuan("13000.00"));
                    assertThat(b.claimedItems()).containsExactly(Map.entry(PRINCIPAL, WAGES), Map.entry(OVERTIME_PAY, OVERTIME),
                            Map.entry(SEVERANCE, SEVERANCE_PAY));
                });
    }

    @Test
    void items_that_do_not_add_up_to_the_total_given_are_refused() {
        refusedAsWritten(() -> new NewClaimant(W1, person("张三", "53062119800101001"), Money.ofYuan("12000.00"),
                List.of(new ClaimItem(PRINCIPAL, WAGES), new ClaimItem(OVERTIME_PAY, OVERTIME))), RuleCode.CLAIM_ITEMS_DO_NOT_ADD_UP);
        refusedAsWritten(() -> new NewClaimant(W1, person("张三", "53062119800101001"), null,
                List.of(new ClaimItem(PRINCIPAL, WAGES), new ClaimItem(PRINCIPAL, OVERTIME))), RuleCode.CLAIM_ITEM_TWICE);
        refusedAsWritten(() -> new NewClaimant(W1, person("张三", "53062119800101001"), null,
                List.of(new ClaimItem(AmountComponent.LATE_INTEREST, WAGES))), RuleCode.CLAIM_ITEM_NOT_CLAIMABLE);
    }

    @Test
    void a_claim_stored_as_a_sum_reads_as_one_item_of_unpaid_wages() {
        fixture.given(assigned())
                .when(new RecordPayment(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("1000.00"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("1000.00"))), DAY))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    assertThat(c.ledger().balanceOf(W1).claimedItems()).containsExactly(Map.entry(PRINCIPAL, W1_CLAIM));
                    assertThat(c.ledger().balanceOf(W1).receivedItems()).containsExactly(Map.entry(PRINCIPAL, Money.ofYuan("1000.00")));
                });
    }

    @Test
    void an_agreement_on_a_kind_stays_within_what_was_claimed_of_that_kind() {
        fixture.given(filedByKind())
                .when(new RecordMediationAgreement(CASE, PromiseId.of("M1"), EMPLOYER,
                        List.of(new ClaimantAmount(W1, WAGES, PRINCIPAL), new ClaimantAmount(W1, OVERTIME.plus(Money.ofFen(1)), OVERTIME_PAY)),
                        DAY.plusDays(10), "overtime re-counted", DAY))
                .expectException(violation(RuleCode.AGREED_EXCEEDS_CLAIMED));
    }

    @Test
    void a_payment_that_names_no_kind_pays_the_wages_first_and_one_that_names_a_kind_pays_that_kind() {
        fixture.given(filedByKind())
                .when(new RecordPayment(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("9000.00"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("8500.00")), new ClaimantAmount(W1, Money.ofYuan("500.00"), SEVERANCE)), DAY))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    ClaimantBalance b = c.ledger().balanceOf(W1);
                    assertThat(b.receivedItems()).containsExactly(Map.entry(PRINCIPAL, WAGES), Map.entry(OVERTIME_PAY, Money.ofYuan("500.00")),
                            Map.entry(SEVERANCE, Money.ofYuan("500.00")));
                    assertThat(b.outstandingOf(OVERTIME_PAY)).isEqualTo(Money.ofYuan("1500.00"));
                    assertThat(b.unpaidRemuneration()).isEqualTo(Money.ofYuan("1500.00"));
                });
    }

    @Test
    void a_payment_of_a_kind_beyond_what_is_owed_of_it_is_refused() {
        fixture.given(filedByKind())
                .when(new RecordPayment(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("3000.01"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("3000.01"), SEVERANCE)), DAY))
                .expectException(violation(RuleCode.OVERPAYMENT));
    }

    /** 劳动合同法 art. 85: 加付赔偿金 is measured against the 应付金额, the wages, overtime pay and 经济补偿 owed. */
    @Test
    void additional_compensation_is_measured_against_wages_overtime_and_severance() {
        Money owed = WAGES.plus(OVERTIME).plus(SEVERANCE_PAY); // ¥13,000
        List<EnforceableAmount> atTheCap = List.of(new EnforceableAmount(W1, PRINCIPAL, WAGES), new EnforceableAmount(W1, OVERTIME_PAY, OVERTIME),
                new EnforceableAmount(W1, SEVERANCE, SEVERANCE_PAY), new EnforceableAmount(W1, ADDITIONAL_COMPENSATION, owed));
        fixture.given(litigatingByKind())
                .when(effective(atTheCap))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.ledger().balanceOf(W1).target()).isEqualTo(owed.plus(owed)));

        List<EnforceableAmount> overTheCap = List.of(new EnforceableAmount(W1, PRINCIPAL, WAGES), new EnforceableAmount(W1, OVERTIME_PAY, OVERTIME),
                new EnforceableAmount(W1, SEVERANCE, SEVERANCE_PAY), new EnforceableAmount(W1, ADDITIONAL_COMPENSATION, owed.plus(Money.ofFen(1))));
        createFixture();
        fixture.given(litigatingByKind()).when(effective(overTheCap)).expectException(violation(RuleCode.ADDITIONAL_COMPENSATION_OVER_LIMIT));
    }

    /** Half of the wages alone is less than half of the 应付金额: flagged, not refused. */
    @Test
    void additional_compensation_of_half_the_wages_alone_is_below_the_floor() {
        List<EnforceableAmount> halfOfWages = List.of(new EnforceableAmount(W1, PRINCIPAL, WAGES), new EnforceableAmount(W1, OVERTIME_PAY, OVERTIME),
                new EnforceableAmount(W1, SEVERANCE, SEVERANCE_PAY), new EnforceableAmount(W1, ADDITIONAL_COMPENSATION, Money.ofYuan("4000.00")));
        fixture.given(litigatingByKind())
                .when(effective(halfOfWages))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.predicate(e -> e instanceof InstrumentBecameEffective i
                                && i.warnings().contains(CaseWarning.ADDITIONAL_COMPENSATION_BELOW_FLOOR)),
                        org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    /**
     * The instrument states the sum still owed (迟延履行利息解释 art. 1: "尚未清偿的…金钱债务"): ¥3,000 paid before a judgment
     * for the remaining ¥10,000 is not deducted again, so the case is not paid in full until ¥10,000 more is received.
     */
    @Test
    void payments_before_an_instrument_are_not_deducted_from_the_sum_it_states_again() {
        PaymentReceived before = new PaymentReceived(CASE, PaymentId.of("P0"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("3000.00"),
                List.of(new ClaimantAmount(W1, Money.ofYuan("3000.00"))), FILED.plusDays(8));
        List<Object> history = plus(litigatingByKind(), before);
        List<EnforceableAmount> remaining = List.of(new EnforceableAmount(W1, PRINCIPAL, Money.ofYuan("5000.00")),
                new EnforceableAmount(W1, OVERTIME_PAY, OVERTIME), new EnforceableAmount(W1, SEVERANCE, SEVERANCE_PAY));
        fixture.given(history)
                .when(effective(remaining))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    ClaimantBalance b = c.ledger().balanceOf(W1);
                    assertThat(b.target()).isEqualTo(Money.ofYuan("13000.00"));
                    assertThat(b.outstanding()).isEqualTo(Money.ofYuan("10000.00"));
                });

        // ¥7,000 after the judgment: with the old reading the case would show paid in full; ¥3,000 is still owed
        createFixture();
        List<Object> judged = plus(history, new InstrumentBecameEffective(CASE, InstrumentKind.JUDGMENT, "判决1", remaining, PERFORMANCE_DUE,
                List.of(), null, null, CourtPeriod.lastDay(PERFORMANCE_DUE, Period.ofYears(2), CALENDAR), List.of(), FILED.plusDays(20)),
                new PaymentReceived(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("7000.00"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("7000.00"))), FILED.plusDays(24)),
                new FundsDisbursed(CASE, W1, Money.ofYuan("10000.00"), List.of(), FILED.plusDays(24)));
        fixture.given(judged)
                .when(new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, FILED.plusDays(25)))
                .expectException(violation(RuleCode.NOT_PAID_IN_FULL));
    }

    /** An instrument that says it counts in the earlier payments: they are deducted from its amounts. */
    @Test
    void an_instrument_that_counts_in_earlier_payments_has_them_deducted() {
        PaymentReceived before = new PaymentReceived(CASE, PaymentId.of("P0"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("3000.00"),
                List.of(new ClaimantAmount(W1, Money.ofYuan("3000.00"))), FILED.plusDays(8));
        List<EnforceableAmount> gross = List.of(new EnforceableAmount(W1, PRINCIPAL, WAGES), new EnforceableAmount(W1, OVERTIME_PAY, OVERTIME),
                new EnforceableAmount(W1, SEVERANCE, SEVERANCE_PAY));
        fixture.given(plus(litigatingByKind(), before))
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, "判决1", gross, PERFORMANCE_DUE, null, null, FILED.plusDays(20), true))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.ledger().balanceOf(W1).outstanding()).isEqualTo(Money.ofYuan("10000.00")));
    }

    /** 迟延履行利息解释 art. 1 ¶3: the doubled interest accrues on the debt except the instrument's 一般债务利息. */
    @Test
    void late_interest_accrues_on_the_debt_without_the_instruments_own_interest_or_what_was_paid_before() {
        PaymentReceived before = new PaymentReceived(CASE, PaymentId.of("P0"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("3000.00"),
                List.of(new ClaimantAmount(W1, Money.ofYuan("3000.00"))), FILED.plusDays(8));
        List<EnforceableAmount> amounts = List.of(new EnforceableAmount(W1, PRINCIPAL, Money.ofYuan("10000.00")),
                new EnforceableAmount(W1, DEBT_INTEREST, Money.ofYuan("500.00")));
        List<Object> history = plus(litigatingByKind(), before, new InstrumentBecameEffective(CASE, InstrumentKind.JUDGMENT, "判决1", amounts,
                PERFORMANCE_DUE, List.of(), null, null, CourtPeriod.lastDay(PERFORMANCE_DUE, Period.ofYears(2), CALENDAR), List.of(),
                FILED.plusDays(20)));
        LocalDate asOf = PERFORMANCE_DUE.plusDays(100);
        clock.setToday(asOf);
        // ¥10,000 × 100 days × 1.75‱ = ¥175.00: neither the ¥500 of interest nor the ¥3,000 paid before changes the base
        fixture.given(history)
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofYuan("175.00"))), asOf));
    }

    static List<Object> litigatingByKind() {
        List<Object> history = new java.util.ArrayList<>(litigating());
        history.set(0, filedByKind().get(0));
        return history;
    }

    static RecordInstrumentEffective effective(List<EnforceableAmount> amounts) {
        return new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, "判决1", amounts, PERFORMANCE_DUE, null, "人社监令〔2025〕3号",
                FILED.plusDays(20));
    }
}
