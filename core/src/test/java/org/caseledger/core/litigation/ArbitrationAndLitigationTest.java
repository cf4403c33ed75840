package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.negotiation.MediationAgreementReached;
import org.caseledger.core.negotiation.PaymentPromiseBroken;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.kernel.CaseWarning;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 调、裁、诉: arbitration, payment order, lawsuit, judgment, appeal and the effective instrument. */
class ArbitrationAndLitigationTest extends WageCaseSpec {

    static final LocalDate APPLIED = FILED.plusDays(10);
    static final String AWARD = "鲁劳人仲字〔2025〕1号";

    static List<Object> arbitrating() {
        return plus(negotiating(), new ArbitrationApplied(CASE, "鲁甸县劳动人事争议仲裁委员会",
                List.of(met(DeadlineKind.ARBITRATION_LIMITATION, CASE)), CourtPeriod.lastDay(APPLIED, 5, CALENDAR), List.of(), APPLIED));
    }

    static ArbitralAwardIssued award(LocalDate received) {
        return new ArbitralAwardIssued(CASE, AWARD, List.of(new AwardItem(W1, AmountComponent.PRINCIPAL, W1_CLAIM, true)),
                List.of(cancelled(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)), CourtPeriod.lastDay(received, 15, CALENDAR), received);
    }

    @Test
    void arbitration_within_a_year_of_the_end_of_employment_moves_the_case_to_arbitration() {
        fixture.given(negotiating())
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", APPLIED))
                .expectEvents(arbitrating().get(arbitrating().size() - 1))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.ARBITRATION));
    }

    @Test
    void arbitration_after_the_limitation_year_is_recorded_with_a_warning_not_refused() {
        // 劳动争议调解仲裁法 art. 27: the commission accepts; the respondent may plead the limitation (办案规则 art. 30)
        clock.setToday(ENDED.plusYears(2));
        LocalDate late = LIMITATION_ENDS.plusDays(1);
        fixture.given(negotiating())
                .when(new ApplyForArbitration(CASE, "仲裁委", late))
                .expectEvents(new ArbitrationApplied(CASE, "仲裁委", List.of(missed(DeadlineKind.ARBITRATION_LIMITATION, CASE)),
                        CourtPeriod.lastDay(late, 5, CALENDAR), List.of(CaseWarning.ARBITRATION_LIMITATION_PASSED), late));
    }

    @Test
    void on_the_last_day_of_the_limitation_year_arbitration_is_in_time() {
        clock.setToday(ENDED.plusYears(2));
        fixture.given(negotiating())
                .when(new ApplyForArbitration(CASE, "仲裁委", LIMITATION_ENDS))
                .expectEvents(new ArbitrationApplied(CASE, "仲裁委", List.of(met(DeadlineKind.ARBITRATION_LIMITATION, CASE)),
                        CourtPeriod.lastDay(LIMITATION_ENDS, 5, CALENDAR), List.of(), LIMITATION_ENDS));
    }

    @Test
    void arbitration_before_an_officer_is_assigned_is_aid_given_first_and_needs_its_reason() {
        // 法律援助法 art. 44: see LegalAidFirstTest
        fixture.given(filed(), aidGranted())
                .when(new ApplyForArbitration(CASE, "仲裁委", APPLIED))
                .expectException(violation(RuleCode.AID_FIRST_REASON_REQUIRED));
    }

    @Test
    void acceptance_and_award_meet_their_deadlines() {
        fixture.given(arbitrating())
                .when(new RecordArbitrationAccepted(CASE, "鲁劳人仲案字〔2025〕1号", APPLIED.plusDays(3)))
                .expectEvents(new ArbitrationAccepted(CASE, "鲁劳人仲案字〔2025〕1号",
                        List.of(met(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)), CourtPeriod.lastDay(APPLIED.plusDays(3), 45, CALENDAR),
                        APPLIED.plusDays(3)));
    }

    @Test
    void an_award_names_claimants_of_the_case() {
        fixture.given(arbitrating())
                .when(new RecordArbitralAward(CASE, AWARD, List.of(new AwardItem(org.caseledger.core.kernel.ClaimantId.of("W9"),
                        AmountComponent.PRINCIPAL, W1_CLAIM, true)), APPLIED.plusDays(30)))
                .expectException(violation(RuleCode.UNKNOWN_CLAIMANT));
    }

    @Test
    void a_suit_against_an_award_within_fifteen_days_moves_the_case_to_litigation() {
        // received on Saturday 2025-04-19: the 15th day is 2025-05-04, inside 劳动节, so the period ends 2025-05-06 (民诉法 art. 85)
        LocalDate received = APPLIED.plusDays(30);
        assertThat(CourtPeriod.lastDay(received, 15, CALENDAR)).isEqualTo(LocalDate.of(2025, 5, 6));
        fixture.given(plus(arbitrating(), award(received)))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, LocalDate.of(2025, 5, 6)))
                .expectEvents(new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(met(DeadlineKind.SUIT_AFTER_AWARD, AWARD)),
                        List.of(), LocalDate.of(2025, 5, 6)))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION));
    }

    @Test
    void a_suit_against_an_award_after_fifteen_days_is_recorded_with_a_warning() {
        // 劳动争议调解仲裁法 arts. 48, 50: the court decides whether the suit is late; the officer sees the flag
        LocalDate received = APPLIED.plusDays(30);
        fixture.given(plus(arbitrating(), award(received)))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, LocalDate.of(2025, 5, 7)))
                .expectEvents(new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(missed(DeadlineKind.SUIT_AFTER_AWARD, AWARD)),
                        List.of(CaseWarning.SUIT_AFTER_AWARD_PERIOD_PASSED), LocalDate.of(2025, 5, 7)));
    }

    @Test
    void without_an_award_a_suit_waits_until_the_award_period_has_run_out() {
        LocalDate accepted = APPLIED.plusDays(3);
        List<Object> history = plus(arbitrating(), new ArbitrationAccepted(CASE, "no", List.of(), accepted.plusDays(45), accepted));
        fixture.given(history)
                .when(new FileLawsuit(CASE, "法院", null, accepted.plusDays(45)))
                .expectException(violation(RuleCode.NO_AWARD));
        createFixture();
        fixture.given(history)
                .when(new FileLawsuit(CASE, "法院", null, accepted.plusDays(46)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_direct_suit_states_its_basis() {
        fixture.given(negotiating())
                .when(new FileLawsuit(CASE, "崆峒区人民法院", null, FILED.plusDays(10)))
                .expectException(violation(RuleCode.DIRECT_SUIT_BASIS_REQUIRED));
    }

    @Test
    void a_direct_suit_on_a_wage_iou_skips_arbitration() {
        fixture.given(negotiating())
                .when(new FileLawsuit(CASE, "崆峒区人民法院", DirectSuitBasis.WAGE_IOU, FILED.plusDays(10)))
                .expectEvents(litigating().get(litigating().size() - 1));
    }

    @Test
    void a_direct_suit_on_a_mediation_agreement_needs_one_the_employer_broke() {
        // 劳动争议解释(一) art. 51 ¶2: the accepting case is in ShortcutsTest
        fixture.given(negotiating())
                .when(new FileLawsuit(CASE, "法院", DirectSuitBasis.MEDIATION_AGREEMENT, FILED.plusDays(10)))
                .expectException(violation(RuleCode.DIRECT_SUIT_NEEDS_BROKEN_AGREEMENT));
    }

    @Test
    void a_payment_order_on_a_broken_mediation_agreement_then_a_suit_on_the_agreement_after_the_objection() {
        PromiseId p = PromiseId.of("P1");
        LocalDate promised = FILED.plusDays(20);
        MediationAgreementReached agreement = new MediationAgreementReached(CASE, p, EMPLOYER,
                List.of(new ClaimantAmount(W1, W1_CLAIM)), promised, null, FILED.plusDays(6));
        List<Object> broken = plus(negotiating(), agreement,
                new PaymentPromiseBroken(CASE, p, EMPLOYER, promised, List.of(), promised.plusDays(1)));
        fixture.given(broken)
                .when(new ApplyForPaymentOrder(CASE, "法院", FILED.plusDays(25)))
                .expectEvents(new PaymentOrderApplied(CASE, "法院", FILED.plusDays(25)),
                        arbitrationRestarted(InterruptionCause.MEDIATION_OR_PAYMENT_ORDER_APPLIED, "payment order", FILED.plusDays(25)))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION));
        // the debtor objects (an objection stored by 0.2 ended the order); the worker then sues on the agreement (解释(一) art. 13 ¶2)
        createFixture();
        fixture.given(plus(broken, new PaymentOrderApplied(CASE, "法院", FILED.plusDays(25)),
                        new PaymentOrderObjected(CASE, FILED.plusDays(35))))
                .when(new FileLawsuit(CASE, "法院", DirectSuitBasis.MEDIATION_AGREEMENT, FILED.plusDays(40)))
                .expectEvents(new LawsuitFiled(CASE, "法院", DirectSuitBasis.MEDIATION_AGREEMENT, List.of(), FILED.plusDays(40)));
    }

    @Test
    void an_objection_needs_a_payment_order() {
        fixture.given(litigating())
                .when(new RecordPaymentOrderObjection(CASE, FILED.plusDays(12)))
                .expectException(violation(RuleCode.NO_PAYMENT_ORDER));
    }

    @Test
    void a_second_suit_in_litigation_is_refused() {
        fixture.given(litigating())
                .when(new FileLawsuit(CASE, "法院", DirectSuitBasis.WAGE_IOU, FILED.plusDays(12)))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }

    @Test
    void court_mediation_and_judgment_need_a_lawsuit() {
        fixture.given(litigating())
                .when(new RecordCourtMediation(CASE, INSTRUMENT_NO, FILED.plusDays(20)))
                .expectEvents(new CourtMediationStatementIssued(CASE, INSTRUMENT_NO, FILED.plusDays(20)));
        createFixture();
        List<Object> paymentOrderOnly = plus(negotiating(), new PaymentOrderApplied(CASE, "法院", FILED.plusDays(8)));
        fixture.given(paymentOrderOnly)
                .when(new RecordJudgment(CASE, "判决1", CourtInstance.FIRST, FILED.plusDays(20)))
                .expectException(violation(RuleCode.NO_LAWSUIT));
    }

    @Test
    void a_judgment_served_on_2025_09_16_may_be_appealed_until_2025_10_09() {
        // 民事诉讼法 arts. 171, 85: the 15th day, 2025-10-01, falls in 国庆 (10-01 to 10-08), so the period ends on 10-09
        LocalDate served = LocalDate.of(2025, 9, 16);
        clock.setToday(LocalDate.of(2025, 12, 31));
        fixture.given(litigating())
                .when(new RecordJudgment(CASE, "判决1", CourtInstance.FIRST, served))
                .expectEvents(new JudgmentIssued(CASE, "判决1", CourtInstance.FIRST, LocalDate.of(2025, 10, 9), served));
        List<Object> judged = plus(litigating(), new JudgmentIssued(CASE, "判决1", CourtInstance.FIRST, LocalDate.of(2025, 10, 9), served));
        createFixture();
        fixture.given(judged)
                .when(new RecordAppeal(CASE, "EMP", LocalDate.of(2025, 10, 9)))
                .expectEvents(new AppealFiled(CASE, "EMP", List.of(met(DeadlineKind.APPEAL, "判决1")), List.of(), LocalDate.of(2025, 10, 9)));
        createFixture();
        // one day later: the court's to reject as late; recorded with the warning so the officer sees it
        fixture.given(judged)
                .when(new RecordAppeal(CASE, "EMP", LocalDate.of(2025, 10, 10)))
                .expectEvents(new AppealFiled(CASE, "EMP", List.of(missed(DeadlineKind.APPEAL, "判决1")),
                        List.of(CaseWarning.APPEAL_PERIOD_PASSED), LocalDate.of(2025, 10, 10)));
    }

    @Test
    void an_appeal_needs_a_first_instance_judgment() {
        fixture.given(litigating())
                .when(new RecordAppeal(CASE, "EMP", FILED.plusDays(16)))
                .expectException(violation(RuleCode.NO_JUDGMENT));
    }

    @Test
    void an_effective_instrument_sets_the_enforceable_amounts_and_the_enforcement_deadlines() {
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM),
                                new EnforceableAmount(W2, AmountComponent.PRINCIPAL, W2_CLAIM)), PERFORMANCE_DUE, FILED.plusDays(20)))
                .expectEvents(withEffectiveInstrument().get(withEffectiveInstrument().size() - 1))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.ENFORCEMENT_APPLICATION, INSTRUMENT_NO))
                        .hasValueSatisfying(d -> assertThat(d.dueOn()).isEqualTo(PERFORMANCE_DUE.plusYears(2))));
    }

    @Test
    void enforceable_principal_above_the_claim_is_refused() {
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM.plus(Money.ofFen(1)))), PERFORMANCE_DUE,
                        FILED.plusDays(20)))
                .expectException(violation(RuleCode.ENFORCEABLE_PRINCIPAL_EXCEEDS_CLAIMED));
    }

    @Test
    void late_interest_and_additional_compensation_may_exceed_the_claim_as_typed_components() {
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM),
                                new EnforceableAmount(W1, AmountComponent.ADDITIONAL_COMPENSATION, Money.ofYuan("5000")),
                                new EnforceableAmount(W1, AmountComponent.LATE_INTEREST, Money.ofYuan("120.50"))),
                        PERFORMANCE_DUE, FILED.plusDays(20)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.ledger().balanceOf(W1).target()).isEqualTo(Money.ofYuan("15120.50")));
    }

    @Test
    void additional_compensation_above_the_principal_is_refused() {
        // 劳动合同法 art. 85: 50% to 100%
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM),
                                new EnforceableAmount(W1, AmountComponent.ADDITIONAL_COMPENSATION, W1_CLAIM.plus(Money.ofFen(1)))),
                        PERFORMANCE_DUE, FILED.plusDays(20)))
                .expectException(violation(RuleCode.ADDITIONAL_COMPENSATION_OVER_LIMIT));
    }

    @Test
    void a_court_instrument_does_not_arise_in_arbitration() {
        fixture.given(arbitrating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), PERFORMANCE_DUE, APPLIED.plusDays(20)))
                .expectException(violation(RuleCode.INSTRUMENT_KIND_NOT_ALLOWED));
    }

    @Test
    void the_performance_deadline_cannot_precede_the_instrument() {
        refusedAsWritten(() -> new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), FILED.plusDays(19), FILED.plusDays(20)), RuleCode.PERFORMANCE_DUE_BEFORE_EFFECTIVE);
    }

    @Test
    void the_same_award_is_recorded_once() {
        LocalDate received = APPLIED.plusDays(30);
        fixture.given(plus(arbitrating(), award(received)))
                .when(new RecordArbitralAward(CASE, AWARD, List.of(new AwardItem(W1, AmountComponent.PRINCIPAL, W1_CLAIM, true)),
                        received.plusDays(1)))
                .expectException(violation(RuleCode.DUPLICATE_AWARD));
    }

    @Test
    void an_award_also_closes_the_acceptance_deadline() {
        // an award the commission issued answers whether it accepted the case (劳动争议调解仲裁法 arts. 29, 43)
        LocalDate received = APPLIED.plusDays(30);
        fixture.given(arbitrating())
                .when(new RecordArbitralAward(CASE, AWARD, List.of(new AwardItem(W1, AmountComponent.PRINCIPAL, W1_CLAIM, true)), received))
                .expectState(c -> assertThat(c.deadlines().all()).extracting(org.caseledger.core.kernel.Deadline::kind)
                        .doesNotContain(DeadlineKind.ARBITRATION_ACCEPTANCE).contains(DeadlineKind.SUIT_AFTER_AWARD));
    }

    @Test
    void the_same_instrument_is_recorded_once() {
        fixture.given(withEffectiveInstrument())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), PERFORMANCE_DUE, FILED.plusDays(21)))
                .expectException(violation(RuleCode.DUPLICATE_INSTRUMENT));
    }

    @Test
    void additional_compensation_below_half_of_the_wages_owed_or_without_its_order_is_flagged() {
        // 劳动合同法 art. 85: after an order to pay was not obeyed, 加付赔偿金 of 50% to 100% of the amount owed; the
        // instrument is recorded as it reads
        List<EnforceableAmount> amounts = List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000")),
                new EnforceableAmount(W1, AmountComponent.ADDITIONAL_COMPENSATION, Money.ofYuan("4999.99")));
        LocalDate enforcementDue = CourtPeriod.lastDay(PERFORMANCE_DUE, java.time.Period.ofYears(2), CALENDAR);
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, "判决9", amounts, PERFORMANCE_DUE, null, "鲁人社监令〔2025〕3号",
                        FILED.plusDays(20)))
                .expectEvents(new InstrumentBecameEffective(CASE, InstrumentKind.JUDGMENT, "判决9", amounts, PERFORMANCE_DUE, List.of(), null,
                        "鲁人社监令〔2025〕3号", enforcementDue, List.of(CaseWarning.ADDITIONAL_COMPENSATION_BELOW_FLOOR), FILED.plusDays(20)));
        createFixture();
        List<EnforceableAmount> half = List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000")),
                new EnforceableAmount(W1, AmountComponent.ADDITIONAL_COMPENSATION, Money.ofYuan("5000")));
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, "判决9", half, PERFORMANCE_DUE, FILED.plusDays(20)))
                .expectEvents(new InstrumentBecameEffective(CASE, InstrumentKind.JUDGMENT, "判决9", half, PERFORMANCE_DUE, List.of(), null, null,
                        enforcementDue, List.of(CaseWarning.ADDITIONAL_COMPENSATION_WITHOUT_ORDER), FILED.plusDays(20)));
    }
}
