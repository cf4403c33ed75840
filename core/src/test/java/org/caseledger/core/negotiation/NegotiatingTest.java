package org.caseledger.core.negotiation;

import org.caseledger.core.money.ClaimAmountRevised;
import org.caseledger.core.money.ReviseClaimAmount;

import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.money.PaymentChannel;
import org.caseledger.core.money.PaymentId;
import org.caseledger.core.money.PaymentReceived;
import org.caseledger.core.money.RecordPayment;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import org.caseledger.core.kernel.InterruptionCause;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Meetings, mediation agreements, promises and re-verification (协商调解, 核定). */
class NegotiatingTest extends WageCaseSpec {

    static final PromiseId P1 = PromiseId.of("P1");
    static final LocalDate AGREED_ON = FILED.plusDays(10);
    static final LocalDate PROMISED = LocalDate.of(2025, 4, 30);

    static MediationAgreementReached agreement() {
        return new MediationAgreementReached(CASE, P1, SUBCONTRACTOR,
                List.of(new ClaimantAmount(W1, Money.ofYuan("9000")), new ClaimantAmount(W2, W2_CLAIM)),
                PROMISED, "partial waiver of overtime", AGREED_ON);
    }

    @Test
    void a_coordination_meeting_moves_an_assigned_case_into_negotiation() {
        CoordinationMeetingHeld held = new CoordinationMeetingHeld(CASE, MeetingFormat.IN_PERSON, List.of("EMP"), "no agreement", FILED.plusDays(5));
        fixture.given(assigned())
                .when(new HoldCoordinationMeeting(CASE, MeetingFormat.IN_PERSON, List.of("EMP"), "no agreement", FILED.plusDays(5)))
                .expectEvents(held)
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.NEGOTIATION));
    }

    @Test
    void no_meeting_before_an_officer_is_assigned() {
        fixture.given(filed(), aidGranted())
                .when(new HoldCoordinationMeeting(CASE, MeetingFormat.ONLINE, List.of(), "x", FILED.plusDays(2)))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }

    @Test
    void a_meeting_records_its_outcome() {
        refusedAsWritten(() -> new HoldCoordinationMeeting(CASE, MeetingFormat.ONLINE, List.of(), "", FILED.plusDays(5)), RuleCode.REASON_REQUIRED);
    }

    @Test
    void a_mediation_agreement_sets_agreed_amounts_and_a_promised_payment_deadline() {
        fixture.given(negotiating())
                .when(new RecordMediationAgreement(CASE, P1, SUBCONTRACTOR, agreement().agreedAmounts(), PROMISED,
                        "partial waiver of overtime", AGREED_ON))
                // the obligor agreeing to pay interrupts the arbitration year (劳动争议调解仲裁法 art. 27 ¶2)
                .expectEvents(new MediationAgreementReached(CASE, P1, SUBCONTRACTOR, agreement().agreedAmounts(), PROMISED,
                                "partial waiver of overtime", AGREED_ON, MediatorKind.UNION_MEDIATION_BODY, true),
                        arbitrationRestarted(InterruptionCause.OBLIGOR_AGREED_TO_PAY, "mediation agreement P1", AGREED_ON))
                .expectState(c -> {
                    assertThat(c.ledger().balanceOf(W1).target()).isEqualTo(Money.ofYuan("9000"));
                    assertThat(c.deadlines().all()).contains(new Deadline(DeadlineKind.PROMISED_PAYMENT, "P1", PROMISED));
                });
    }

    @Test
    void an_agreed_amount_above_the_claim_is_refused() {
        fixture.given(negotiating())
                .when(new RecordMediationAgreement(CASE, P1, SUBCONTRACTOR,
                        List.of(new ClaimantAmount(W1, W1_CLAIM.plus(Money.ofFen(1)))), PROMISED, null, AGREED_ON))
                .expectException(violation(RuleCode.AGREED_EXCEEDS_CLAIMED));
    }

    @Test
    void an_agreed_amount_below_the_claim_needs_a_reason() {
        fixture.given(negotiating())
                .when(new RecordMediationAgreement(CASE, P1, SUBCONTRACTOR,
                        List.of(new ClaimantAmount(W1, Money.ofYuan("9000"))), PROMISED, null, AGREED_ON))
                .expectException(violation(RuleCode.REDUCTION_REASON_REQUIRED));
    }

    @Test
    void the_promised_date_lies_after_the_agreement() {
        refusedAsWritten(() -> new RecordMediationAgreement(CASE, P1, SUBCONTRACTOR, List.of(new ClaimantAmount(W2, W2_CLAIM)), AGREED_ON, null, AGREED_ON), RuleCode.PROMISE_DATE_NOT_AFTER_MADE);
    }

    @Test
    void an_agreement_names_an_obligor_of_the_case() {
        fixture.given(negotiating())
                .when(new RecordMediationAgreement(CASE, P1, org.caseledger.core.kernel.ObligorId.of("NOBODY"),
                        List.of(new ClaimantAmount(W2, W2_CLAIM)), PROMISED, null, AGREED_ON))
                .expectException(violation(RuleCode.UNKNOWN_OBLIGOR));
    }

    @Test
    void an_agreement_names_claimants_of_the_case() {
        fixture.given(negotiating())
                .when(new RecordMediationAgreement(CASE, P1, SUBCONTRACTOR,
                        List.of(new ClaimantAmount(org.caseledger.core.kernel.ClaimantId.of("W9"), W2_CLAIM)), PROMISED, null, AGREED_ON))
                .expectException(violation(RuleCode.UNKNOWN_CLAIMANT));
    }

    @Test
    void a_promise_id_is_used_once() {
        fixture.given(plus(negotiating(), agreement()))
                .when(new RecordPaymentPromise(CASE, P1, CONTRACTOR, W2_CLAIM, PROMISED.plusDays(30), AGREED_ON.plusDays(1)))
                .expectException(violation(RuleCode.DUPLICATE_PROMISE));
    }

    @Test
    void a_promise_by_any_obligor_can_be_recorded_in_any_open_stage() {
        PromiseId p2 = PromiseId.of("P2");
        fixture.given(enforcing())
                .when(new RecordPaymentPromise(CASE, p2, CONTRACTOR, W2_CLAIM, ENFORCEMENT_APPLIED.plusDays(10), ENFORCEMENT_APPLIED))
                .expectEvents(new PaymentPromiseMade(CASE, p2, CONTRACTOR, W2_CLAIM, ENFORCEMENT_APPLIED.plusDays(10), ENFORCEMENT_APPLIED));
    }

    @Test
    void a_promise_is_broken_only_after_its_date_has_passed() {
        clock.setToday(PROMISED);
        fixture.given(plus(negotiating(), agreement()))
                .when(new MarkPaymentPromiseBroken(CASE, P1))
                .expectException(violation(RuleCode.DEADLINE_NOT_PASSED));
    }

    @Test
    void a_promise_unpaid_after_its_date_is_broken_as_of_the_next_day() {
        clock.setToday(PROMISED.plusDays(9));
        fixture.given(plus(negotiating(), agreement()))
                .when(new MarkPaymentPromiseBroken(CASE, P1))
                .expectEvents(new PaymentPromiseBroken(CASE, P1, SUBCONTRACTOR, PROMISED,
                        List.of(missed(DeadlineKind.PROMISED_PAYMENT, P1)), PROMISED.plusDays(1)));
    }

    @Test
    void marking_a_broken_promise_again_changes_nothing() {
        clock.setToday(PROMISED.plusDays(9));
        fixture.given(plus(negotiating(), agreement(), new PaymentPromiseBroken(CASE, P1, SUBCONTRACTOR, PROMISED,
                        List.of(missed(DeadlineKind.PROMISED_PAYMENT, P1)), PROMISED.plusDays(1))))
                .when(new MarkPaymentPromiseBroken(CASE, P1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_payment_reaching_the_promised_amount_keeps_the_promise() {
        Money total = Money.ofYuan("9000").plus(W2_CLAIM);
        PaymentId pay = PaymentId.of("PAY-1");
        List<ClaimantAmount> alloc = agreement().agreedAmounts();
        fixture.given(plus(negotiating(), agreement()))
                .when(new RecordPayment(CASE, pay, SUBCONTRACTOR, PaymentChannel.DIRECT, total, alloc, PROMISED))
                .expectEvents(new PaymentReceived(CASE, pay, SUBCONTRACTOR, PaymentChannel.DIRECT, total, alloc, PROMISED),
                        new PaymentPromiseKept(CASE, P1, List.of(met(DeadlineKind.PROMISED_PAYMENT, P1)), PROMISED));
    }

    @Test
    void a_kept_promise_cannot_be_marked_broken() {
        clock.setToday(PROMISED.plusDays(5));
        fixture.given(plus(negotiating(), agreement(), new PaymentPromiseKept(CASE, P1, List.of(), PROMISED)))
                .when(new MarkPaymentPromiseBroken(CASE, P1))
                .expectException(violation(RuleCode.PROMISE_ALREADY_KEPT));
    }

    @Test
    void an_unknown_promise_cannot_be_marked_broken() {
        fixture.given(negotiating())
                .when(new MarkPaymentPromiseBroken(CASE, PromiseId.of("nope")))
                .expectException(violation(RuleCode.UNKNOWN_PROMISE));
    }

    @Test
    void re_verification_lowers_a_claim_and_keeps_the_original_in_the_history() {
        Money revised = Money.ofYuan("8000");
        fixture.given(negotiating())
                .when(new ReviseClaimAmount(CASE, W1, revised, "work quantity re-measured", FILED.plusDays(20)))
                .expectEvents(new ClaimAmountRevised(CASE, W1, W1_CLAIM, revised, "work quantity re-measured", FILED.plusDays(20)))
                .expectState(c -> assertThat(c.ledger().balanceOf(W1).claimed()).isEqualTo(revised));
    }

    @Test
    void a_revision_needs_a_reason() {
        refusedAsWritten(() -> new ReviseClaimAmount(CASE, W1, Money.ofYuan("8000"), " ", FILED.plusDays(20)), RuleCode.REASON_REQUIRED);
    }

    @Test
    void a_revision_must_change_the_amount() {
        fixture.given(negotiating())
                .when(new ReviseClaimAmount(CASE, W1, W1_CLAIM, "checked", FILED.plusDays(20)))
                .expectException(violation(RuleCode.REVISION_UNCHANGED));
    }

    @Test
    void a_claim_cannot_be_revised_below_the_agreed_amount() {
        fixture.given(plus(negotiating(), agreement()))
                .when(new ReviseClaimAmount(CASE, W1, Money.ofYuan("8999.99"), "re-measured", FILED.plusDays(20)))
                .expectException(violation(RuleCode.REVISION_BELOW_AGREED_OR_RECEIVED));
    }
}
