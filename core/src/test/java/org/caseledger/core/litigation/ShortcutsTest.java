package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.negotiation.ApplyForJudicialConfirmation;
import org.caseledger.core.negotiation.JudicialConfirmationApplied;
import org.caseledger.core.negotiation.JudicialConfirmationRefused;
import org.caseledger.core.negotiation.MediationAgreementReached;
import org.caseledger.core.negotiation.PaymentPromiseBroken;
import org.caseledger.core.negotiation.PaymentPromiseMade;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.negotiation.RecordJudicialConfirmationRefused;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcut roads (law II): a payment order on any arrears and what an objection does to it, the way back to
 * arbitration, a direct suit on a broken mediation agreement, the commission's refusal or silence, the extended award
 * period, and 司法确认 of a mediation agreement.
 */
class ShortcutsTest extends WageCaseSpec {

    static final LocalDate ORDER_APPLIED = FILED.plusDays(8);
    static final LocalDate SERVED = LocalDate.of(2025, 3, 24);
    static final String ORDER = "(2025)云0621民督1号";

    static List<Object> orderServed() {
        return plus(negotiating(), new PaymentOrderApplied(CASE, "鲁甸县人民法院", ORDER_APPLIED),
                new PaymentOrderIssued(CASE, ORDER, CourtPeriod.lastDay(SERVED, 15, CALENDAR), SERVED));
    }

    static List<Object> orderEndedByObjection() {
        return plus(orderServed(), new PaymentOrderObjected(CASE, ObjectionGround.DISPUTES_DEBT, true,
                List.of(met(DeadlineKind.PAYMENT_ORDER_OBJECTION, ORDER)), List.of(), SERVED.plusDays(5)));
    }

    // ---- 支付令

    @Test
    void a_payment_order_may_rest_on_any_wage_arrears_without_a_mediation_agreement() {
        // 劳动合同法 art. 30 ¶2
        fixture.given(negotiating())
                .when(new ApplyForPaymentOrder(CASE, "鲁甸县人民法院", ORDER_APPLIED))
                .expectEvents(new PaymentOrderApplied(CASE, "鲁甸县人民法院", ORDER_APPLIED),
                        arbitrationRestarted(InterruptionCause.MEDIATION_OR_PAYMENT_ORDER_APPLIED, "payment order", ORDER_APPLIED))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION));
    }

    @Test
    void the_debtor_has_fifteen_days_from_service_to_object() {
        // 民事诉讼法 arts. 227, 85: served Monday 2025-03-24, the 15th day is Tuesday 2025-04-08
        fixture.given(plus(negotiating(), new PaymentOrderApplied(CASE, "鲁甸县人民法院", ORDER_APPLIED)))
                .when(new RecordPaymentOrderIssued(CASE, ORDER, SERVED))
                .expectEvents(new PaymentOrderIssued(CASE, ORDER, LocalDate.of(2025, 4, 8), SERVED));
        createFixture();
        fixture.given(orderServed())
                .when(new RecordPaymentOrderIssued(CASE, "another", SERVED))
                .expectException(violation(RuleCode.PAYMENT_ORDER_ALREADY_ISSUED));
    }

    @Test
    void an_objection_to_the_debt_within_fifteen_days_ends_the_order() {
        // 民事诉讼法 art. 228
        fixture.given(orderServed())
                .when(new RecordPaymentOrderObjection(CASE, ObjectionGround.DISPUTES_DEBT, SERVED.plusDays(5)))
                .expectEvents(orderEndedByObjection().get(orderEndedByObjection().size() - 1))
                .expectState(c -> assertThat(c.paymentOrder().hasLapsed()).isTrue());
    }

    @Test
    void an_objection_pleading_only_inability_to_pay_leaves_the_order_standing() {
        // 民事诉讼法解释 art. 436: recorded with its warning; the order can then take effect
        PaymentOrderObjected objected = new PaymentOrderObjected(CASE, ObjectionGround.INABILITY_TO_PAY_ONLY, false,
                List.of(met(DeadlineKind.PAYMENT_ORDER_OBJECTION, ORDER)), List.of(CaseWarning.PAYMENT_ORDER_OBJECTION_ONLY_INABILITY),
                SERVED.plusDays(5));
        fixture.given(orderServed())
                .when(new RecordPaymentOrderObjection(CASE, ObjectionGround.INABILITY_TO_PAY_ONLY, SERVED.plusDays(5)))
                .expectEvents(objected);
        createFixture();
        fixture.given(plus(orderServed(), objected))
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.PAYMENT_ORDER, ORDER,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), SERVED.plusDays(16), null, null, SERVED.plusDays(16)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.instruments().latestKind()).isEqualTo(InstrumentKind.PAYMENT_ORDER));
    }

    @Test
    void an_objection_after_the_fifteen_days_is_recorded_late_and_does_not_end_the_order() {
        LocalDate late = LocalDate.of(2025, 4, 9);
        fixture.given(orderServed())
                .when(new RecordPaymentOrderObjection(CASE, ObjectionGround.DISPUTES_DEBT, late))
                .expectEvents(new PaymentOrderObjected(CASE, ObjectionGround.DISPUTES_DEBT, false,
                        List.of(missed(DeadlineKind.PAYMENT_ORDER_OBJECTION, ORDER)), List.of(CaseWarning.PAYMENT_ORDER_OBJECTION_LATE), late));
    }

    @Test
    void an_order_ended_by_objection_cannot_take_effect() {
        fixture.given(orderEndedByObjection())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.PAYMENT_ORDER, ORDER,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), SERVED.plusDays(20), null, null, SERVED.plusDays(20)))
                .expectException(violation(RuleCode.PAYMENT_ORDER_LAPSED));
    }

    @Test
    void after_a_failed_order_on_plain_arrears_the_worker_goes_back_to_arbitration_not_to_court() {
        // 劳动争议解释(一) art. 13 ¶1
        fixture.given(orderEndedByObjection())
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", DirectSuitBasis.MEDIATION_AGREEMENT, SERVED.plusDays(10)))
                .expectException(violation(RuleCode.PAYMENT_ORDER_FAILED_ARBITRATE_FIRST));
        createFixture();
        fixture.given(orderEndedByObjection())
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", SERVED.plusDays(10)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.ARBITRATION));
    }

    @Test
    void from_litigation_arbitration_follows_only_a_failed_order() {
        fixture.given(litigating())
                .when(new ApplyForArbitration(CASE, "仲裁委", FILED.plusDays(12)))
                .expectException(violation(RuleCode.WRONG_STAGE));
        createFixture();
        fixture.given(orderServed())
                .when(new ApplyForArbitration(CASE, "仲裁委", SERVED.plusDays(3)))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }

    // ---- direct suit on a broken mediation agreement

    @Test
    void a_worker_may_sue_directly_on_a_wages_mediation_agreement_the_employer_broke() {
        // 劳动争议解释(一) art. 51 ¶2
        PromiseId p = PromiseId.of("P1");
        LocalDate promised = FILED.plusDays(20);
        List<Object> broken = plus(negotiating(), new MediationAgreementReached(CASE, p, EMPLOYER, List.of(new ClaimantAmount(W1, W1_CLAIM)),
                promised, null, FILED.plusDays(6)), new PaymentPromiseBroken(CASE, p, EMPLOYER, promised, List.of(), promised.plusDays(1)));
        fixture.given(broken)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", DirectSuitBasis.MEDIATION_AGREEMENT, promised.plusDays(3)))
                .expectEvents(new LawsuitFiled(CASE, "鲁甸县人民法院", DirectSuitBasis.MEDIATION_AGREEMENT,
                        List.of(met(DeadlineKind.ARBITRATION_LIMITATION, CASE)), promised.plusDays(3)))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION));
    }

    // ---- the commission's refusal, silence and extension (劳动争议调解仲裁法 arts. 29, 43)

    @Test
    void the_commissions_refusal_opens_the_road_to_court() {
        List<Object> arbitrating = ArbitrationAndLitigationTest.arbitrating();
        LocalDate refused = ArbitrationAndLitigationTest.APPLIED.plusDays(2);
        fixture.given(arbitrating)
                .when(new RecordArbitrationRefused(CASE, "不属于受理范围", refused))
                .expectEvents(new ArbitrationRefused(CASE, "不属于受理范围", List.of(met(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)), refused));
        createFixture();
        fixture.given(plus(arbitrating, new ArbitrationRefused(CASE, "不属于受理范围", List.of(), refused)))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, refused.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION));
        createFixture();
        fixture.given(plus(arbitrating, new ArbitrationRefused(CASE, "不属于受理范围", List.of(), refused)))
                .when(new RecordArbitrationAccepted(CASE, "案1", refused.plusDays(1)))
                .expectException(violation(RuleCode.ARBITRATION_ALREADY_DECIDED));
    }

    @Test
    void the_commissions_silence_past_five_days_opens_the_road_to_court() {
        List<Object> arbitrating = ArbitrationAndLitigationTest.arbitrating();
        LocalDate due = CourtPeriod.lastDay(ArbitrationAndLitigationTest.APPLIED, 5, CALENDAR);
        fixture.given(arbitrating)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, due))
                .expectException(violation(RuleCode.NO_AWARD));
        createFixture();
        fixture.given(arbitrating)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, due.plusDays(1)))
                .expectEvents(new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(missed(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)),
                        List.of(), due.plusDays(1)));
    }

    @Test
    void the_award_period_extended_by_up_to_fifteen_days_is_regular_and_longer_is_flagged() {
        LocalDate accepted = ArbitrationAndLitigationTest.APPLIED.plusDays(3);
        LocalDate due = CourtPeriod.lastDay(accepted, 45, CALENDAR);
        List<Object> history = plus(ArbitrationAndLitigationTest.arbitrating(), new ArbitrationAccepted(CASE, "案1", List.of(), due, accepted));
        LocalDate within = CourtPeriod.lastDay(due, 15, CALENDAR);
        fixture.given(history)
                .when(new RecordAwardPeriodExtension(CASE, within, accepted.plusDays(40)))
                .expectEvents(new AwardPeriodExtended(CASE, within, List.of(cancelled(DeadlineKind.ARBITRAL_AWARD, CASE)), List.of(),
                        accepted.plusDays(40)))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.ARBITRAL_AWARD, CASE)).get()
                        .extracting(org.caseledger.core.kernel.Deadline::dueOn).isEqualTo(within));
        createFixture();
        fixture.given(history)
                .when(new RecordAwardPeriodExtension(CASE, within.plusDays(1), accepted.plusDays(40)))
                .expectEvents(new AwardPeriodExtended(CASE, within.plusDays(1), List.of(cancelled(DeadlineKind.ARBITRAL_AWARD, CASE)),
                        List.of(CaseWarning.AWARD_EXTENSION_IRREGULAR), accepted.plusDays(40)));
        createFixture();
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordAwardPeriodExtension(CASE, within, accepted))
                .expectException(violation(RuleCode.NO_ARBITRATION_ACCEPTED));
    }

    // ---- 司法确认 (民事诉讼法 arts. 205-206; 劳动争议解释(一) art. 51 ¶1)

    static final PromiseId AGREEMENT = PromiseId.of("P1");
    static final LocalDate AGREED = FILED.plusDays(6);

    static List<Object> agreed() {
        return plus(negotiating(), new MediationAgreementReached(CASE, AGREEMENT, EMPLOYER,
                List.of(new ClaimantAmount(W1, W1_CLAIM), new ClaimantAmount(W2, W2_CLAIM)), AGREED.plusDays(10), null, AGREED));
    }

    @Test
    void a_mediation_agreement_sent_for_confirmation_within_thirty_days_carries_no_warning() {
        fixture.given(agreed())
                .when(new ApplyForJudicialConfirmation(CASE, "鲁甸县人民法院", AGREEMENT, AGREED.plusDays(1)))
                .expectEvents(new JudicialConfirmationApplied(CASE, "鲁甸县人民法院", AGREEMENT, List.of(), AGREED.plusDays(1)))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.NEGOTIATION));
    }

    @Test
    void an_application_after_thirty_days_is_recorded_with_a_warning() {
        LocalDate late = CourtPeriod.lastDay(AGREED, 30, CALENDAR).plusDays(1);
        fixture.given(agreed())
                .when(new ApplyForJudicialConfirmation(CASE, "鲁甸县人民法院", AGREEMENT, late))
                .expectEvents(new JudicialConfirmationApplied(CASE, "鲁甸县人民法院", AGREEMENT, List.of(CaseWarning.JUDICIAL_CONFIRMATION_LATE), late));
    }

    @Test
    void a_promise_made_alone_is_no_agreement_to_confirm() {
        PromiseId promise = PromiseId.of("P2");
        fixture.given(plus(negotiating(), new PaymentPromiseMade(CASE, promise, EMPLOYER, W1_CLAIM, AGREED.plusDays(10), AGREED)))
                .when(new ApplyForJudicialConfirmation(CASE, "鲁甸县人民法院", promise, AGREED.plusDays(1)))
                .expectException(violation(RuleCode.NOT_A_MEDIATION_AGREEMENT));
    }

    @Test
    void the_confirmation_ruling_is_the_enforceable_instrument_and_enforcement_follows_from_negotiation() {
        List<Object> applied = plus(agreed(), new JudicialConfirmationApplied(CASE, "鲁甸县人民法院", AGREEMENT, List.of(), AGREED.plusDays(1)));
        RecordInstrumentEffective confirmed = new RecordInstrumentEffective(CASE, InstrumentKind.JUDICIAL_CONFIRMATION, "(2025)云0621民特1号",
                List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM), new EnforceableAmount(W2, AmountComponent.PRINCIPAL, W2_CLAIM)),
                AGREED.plusDays(10), null, null, AGREED.plusDays(3));
        fixture.given(agreed())
                .when(confirmed)
                .expectException(violation(RuleCode.NO_JUDICIAL_CONFIRMATION));
        createFixture();
        fixture.given(applied)
                .when(confirmed)
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(CaseStage.NEGOTIATION);
                    assertThat(c.instruments().latestKind()).isEqualTo(InstrumentKind.JUDICIAL_CONFIRMATION);
                    assertThat(c.instruments().isJudicialConfirmationPending()).isFalse();
                });
    }

    @Test
    void a_refused_confirmation_leaves_the_parties_to_mediate_again_arbitrate_or_sue() {
        List<Object> applied = plus(agreed(), new JudicialConfirmationApplied(CASE, "鲁甸县人民法院", AGREEMENT, List.of(), AGREED.plusDays(1)));
        fixture.given(applied)
                .when(new RecordJudicialConfirmationRefused(CASE, "协议内容违反法律规定", AGREED.plusDays(5)))
                .expectEvents(new JudicialConfirmationRefused(CASE, "协议内容违反法律规定", AGREED.plusDays(5)))
                .expectState(c -> assertThat(c.instruments().isJudicialConfirmationPending()).isFalse());
        createFixture();
        fixture.given(plus(applied, new JudicialConfirmationRefused(CASE, "协议内容违反法律规定", AGREED.plusDays(5))))
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", AGREED.plusDays(6)))
                .expectSuccessfulHandlerExecution();
        createFixture();
        fixture.given(agreed())
                .when(new RecordJudicialConfirmationRefused(CASE, "x", AGREED.plusDays(5)))
                .expectException(violation(RuleCode.NO_JUDICIAL_CONFIRMATION));
    }
}
