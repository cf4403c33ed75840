package org.caseledger.core.money;

import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CaseReopened;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.lifecycle.ReopenCase;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.enforcement.AdditionGround;
import org.caseledger.core.enforcement.JudgmentDebtorAdded;
import org.caseledger.core.intake.GrantLegalAid;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The money invariants of legal-basis §6.5, each tried against the aggregate. */
class PaymentsAndClosingTest extends WageCaseSpec {

    static final PaymentId PAY = PaymentId.of("PAY-1");
    static final LocalDate DAY = FILED.plusDays(40);
    static final Money TOTAL = W1_CLAIM.plus(W2_CLAIM);

    static List<ClaimantAmount> full() {
        return List.of(new ClaimantAmount(W1, W1_CLAIM), new ClaimantAmount(W2, W2_CLAIM));
    }

    static PaymentReceived paidInFull(PaymentChannel channel) {
        return new PaymentReceived(CASE, PAY, EMPLOYER, channel, TOTAL, full(), DAY);
    }

    static List<Object> paidAndDisbursed() {
        return plus(negotiating(), paidInFull(PaymentChannel.DIRECT),
                new FundsDisbursed(CASE, W1, W1_CLAIM, List.of(), DAY), new FundsDisbursed(CASE, W2, W2_CLAIM, List.of(), DAY));
    }

    @Test
    void a_payment_is_allocated_per_claimant_and_totals_are_derived() {
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, TOTAL, full(), DAY))
                .expectEvents(paidInFull(PaymentChannel.DIRECT))
                .expectState(c -> {
                    assertThat(c.ledger().totalReceived()).isEqualTo(TOTAL);
                    assertThat(c.ledger().totalOutstanding()).isEqualTo(Money.ZERO);
                });
    }

    @Test
    void allocations_never_exceed_the_payment() {
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, TOTAL.minus(Money.ofFen(1)), full(), DAY))
                .expectException(violation(RuleCode.ALLOCATION_EXCEEDS_PAYMENT));
    }

    @Test
    void the_rest_of_a_payment_stays_unallocated() {
        Money more = TOTAL.plus(Money.ofYuan("100"));
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, more, full(), DAY))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.ledger().unallocated()).isEqualTo(Money.ofYuan("100")));
    }

    @Test
    void an_overpayment_of_a_claimant_is_refused_never_absorbed() {
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, TOTAL,
                        List.of(new ClaimantAmount(W1, W1_CLAIM.plus(Money.ofFen(1)))), DAY))
                .expectException(violation(RuleCode.OVERPAYMENT));
    }

    @Test
    void the_target_is_the_agreed_amount_once_agreed() {
        org.caseledger.core.negotiation.MediationAgreementReached agreed = new org.caseledger.core.negotiation.MediationAgreementReached(
                CASE, org.caseledger.core.negotiation.PromiseId.of("P1"), EMPLOYER, List.of(new ClaimantAmount(W1, Money.ofYuan("9000"))),
                DAY.plusDays(30), "waived overtime", DAY.minusDays(1));
        fixture.given(plus(negotiating(), agreed))
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, W1_CLAIM, List.of(new ClaimantAmount(W1, W1_CLAIM)), DAY))
                .expectException(violation(RuleCode.OVERPAYMENT));
    }

    @Test
    void amounts_are_positive() {
        refusedAsWritten(() -> new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, Money.ZERO, List.of(), DAY), RuleCode.AMOUNT_NOT_POSITIVE);
        createFixture();
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, TOTAL, List.of(new ClaimantAmount(W1, Money.ZERO)), DAY))
                .expectException(violation(RuleCode.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_payment_comes_from_a_party() {
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, ObligorId.of("STRANGER"), PaymentChannel.DIRECT, TOTAL, full(), DAY))
                .expectException(violation(RuleCode.PAYER_NOT_A_PARTY));
    }

    @Test
    void only_the_general_contractor_pays_on_behalf_of_the_subcontractor() {
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.CONTRACTOR_ON_BEHALF, TOTAL, full(), DAY))
                .expectException(violation(RuleCode.CONTRACTOR_CHANNEL_NEEDS_CONTRACTOR));
        createFixture();
        fixture.given(negotiating())
                .when(new RecordPayment(CASE, PAY, CONTRACTOR, PaymentChannel.CONTRACTOR_ON_BEHALF, TOTAL, full(), DAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_payment_id_is_used_once() {
        fixture.given(plus(negotiating(), paidInFull(PaymentChannel.DIRECT)))
                .when(new RecordPayment(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, Money.ofFen(1), List.of(), DAY))
                .expectException(violation(RuleCode.DUPLICATE_PAYMENT));
    }

    @Test
    void a_capped_judgment_debtor_paying_more_than_its_cap_is_recorded_the_cap_limits_enforcement_only() {
        ObligorId shareholder = ObligorId.of("SH");
        List<Object> history = plus(enforcing(), new JudgmentDebtorAdded(CASE, shareholder, "股东", AdditionGround.ART_17_UNPAID_CAPITAL,
                Money.ofYuan("3000"), ENFORCEMENT_APPLIED, List.of(), ENFORCEMENT_APPLIED.plusDays(1)));
        LocalDate day = ENFORCEMENT_APPLIED.plusDays(2);
        fixture.given(history)
                .when(new RecordPayment(CASE, PAY, shareholder, PaymentChannel.COURT_ESCROW, Money.ofYuan("3000.01"), List.of(), day))
                .expectEvents(new PaymentReceived(CASE, PAY, shareholder, PaymentChannel.COURT_ESCROW, Money.ofYuan("3000.01"), List.of(), day));
        createFixture();
        fixture.given(history)
                .when(new RecordPayment(CASE, PAY, shareholder, PaymentChannel.COURT_ESCROW, Money.ofYuan("3000"),
                        List.of(new ClaimantAmount(W2, Money.ofYuan("3000"))), day))
                .expectEvents(new PaymentReceived(CASE, PAY, shareholder, PaymentChannel.COURT_ESCROW, Money.ofYuan("3000"),
                        List.of(new ClaimantAmount(W2, Money.ofYuan("3000"))), day));
    }

    @Test
    void money_in_the_court_account_sets_a_thirty_day_disbursement_deadline_met_when_all_is_paid_out() {
        LocalDate day = ENFORCEMENT_APPLIED.plusDays(2);
        PaymentReceived escrow = new PaymentReceived(CASE, PAY, EMPLOYER, PaymentChannel.COURT_ESCROW, TOTAL, full(), day);
        assertThat(escrow.deadlinesSet()).singleElement().satisfies(d -> assertThat(d.dueOn()).isEqualTo(day.plusDays(30)));
        fixture.given(plus(enforcing(), escrow, new FundsDisbursed(CASE, W1, W1_CLAIM, List.of(), day)))
                .when(new DisburseToClaimant(CASE, W2, W2_CLAIM, day))
                .expectEvents(new FundsDisbursed(CASE, W2, W2_CLAIM, List.of(met(DeadlineKind.DISBURSEMENT, PAY)), day));
    }

    @Test
    void disbursement_never_exceeds_what_was_received() {
        fixture.given(plus(negotiating(), new PaymentReceived(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, W1_CLAIM,
                        List.of(new ClaimantAmount(W1, W1_CLAIM)), DAY)))
                .when(new DisburseToClaimant(CASE, W1, W1_CLAIM.plus(Money.ofFen(1)), DAY))
                .expectException(violation(RuleCode.DISBURSEMENT_EXCEEDS_RECEIVED));
    }

    @Test
    void the_unallocated_rest_can_be_allocated_later_within_the_targets() {
        List<Object> partlyAllocated = plus(negotiating(), new PaymentReceived(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, TOTAL,
                List.of(new ClaimantAmount(W1, W1_CLAIM)), DAY));
        fixture.given(partlyAllocated)
                .when(new AllocatePayment(CASE, PAY, List.of(new ClaimantAmount(W2, W2_CLAIM)), DAY))
                .expectEvents(new PaymentAllocated(CASE, PAY, List.of(new ClaimantAmount(W2, W2_CLAIM)), DAY))
                .expectState(c -> assertThat(c.ledger().unallocated()).isEqualTo(Money.ZERO));
        createFixture();
        fixture.given(partlyAllocated)
                .when(new AllocatePayment(CASE, PAY, List.of(new ClaimantAmount(W2, W2_CLAIM.plus(Money.ofFen(1)))), DAY))
                .expectException(violation(RuleCode.ALLOCATION_EXCEEDS_PAYMENT));
    }

    @Test
    void only_the_unallocated_rest_can_be_refunded() {
        List<Object> overpaid = plus(negotiating(), new PaymentReceived(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT,
                TOTAL.plus(Money.ofYuan("100")), full(), DAY));
        fixture.given(overpaid)
                .when(new RefundUnallocatedFunds(CASE, PAY, Money.ofYuan("100.01"), DAY))
                .expectException(violation(RuleCode.REFUND_EXCEEDS_UNALLOCATED));
        createFixture();
        fixture.given(overpaid)
                .when(new RefundUnallocatedFunds(CASE, PAY, Money.ofYuan("100"), DAY))
                .expectEvents(new UnallocatedFundsRefunded(CASE, PAY, Money.ofYuan("100"), DAY));
    }

    @Test
    void paid_in_full_when_every_claimant_is_received_and_disbursed() {
        fixture.given(paidAndDisbursed())
                .when(new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, DAY))
                .expectEvents(new CaseClosed(CASE, CloseReason.PAID_IN_FULL, null, CaseStage.NEGOTIATION,
                        List.of(cancelled(DeadlineKind.ARBITRATION_LIMITATION, CASE)), DAY))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.CLOSED));
    }

    @Test
    void not_paid_in_full_while_money_is_outstanding() {
        fixture.given(plus(negotiating(), new PaymentReceived(CASE, PAY, EMPLOYER, PaymentChannel.DIRECT, W1_CLAIM,
                        List.of(new ClaimantAmount(W1, W1_CLAIM)), DAY), new FundsDisbursed(CASE, W1, W1_CLAIM, List.of(), DAY)))
                .when(new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, DAY))
                .expectException(violation(RuleCode.NOT_PAID_IN_FULL));
    }

    @Test
    void not_paid_in_full_while_received_money_is_not_paid_out() {
        fixture.given(plus(negotiating(), paidInFull(PaymentChannel.COURT_ESCROW)))
                .when(new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, DAY))
                .expectException(violation(RuleCode.NOT_PAID_IN_FULL));
    }

    @Test
    void no_case_closes_holding_workers_money() {
        fixture.given(plus(negotiating(), paidInFull(PaymentChannel.COURT_ESCROW)))
                .when(new CloseCase(CASE, CloseReason.WITHDRAWN, "workers withdrew", DAY))
                .expectException(violation(RuleCode.UNDISBURSED_FUNDS));
    }

    @Test
    void a_partial_settlement_may_close_with_money_outstanding() {
        fixture.given(negotiating())
                .when(new CloseCase(CASE, CloseReason.SETTLED_PARTIAL, "accepted 60%", DAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refused_is_recorded_with_refuse_legal_aid_only() {
        refusedAsWritten(() -> new CloseCase(CASE, CloseReason.REFUSED, null, DAY), RuleCode.CLOSE_REASON_NOT_ALLOWED);
    }

    @Test
    void a_closed_case_accepts_no_command_but_reopen() {
        List<Object> closed = plus(paidAndDisbursed(), new CaseClosed(CASE, CloseReason.PAID_IN_FULL, null, CaseStage.NEGOTIATION, List.of(), DAY));
        fixture.given(closed)
                .when(new RecordPayment(CASE, PaymentId.of("PAY-2"), EMPLOYER, PaymentChannel.DIRECT, Money.ofFen(1), List.of(), DAY))
                .expectException(violation(RuleCode.CASE_CLOSED));
        createFixture();
        fixture.given(closed)
                .when(new GrantLegalAid(CASE, DAY))
                .expectException(violation(RuleCode.CASE_CLOSED));
        createFixture();
        fixture.given(closed)
                .when(new ReopenCase(CASE, "settlement breached after closure", DAY.plusDays(1)))
                .expectEvents(new CaseReopened(CASE, "settlement breached after closure", CaseStage.NEGOTIATION, DAY.plusDays(1)))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.NEGOTIATION));
    }

    @Test
    void only_a_closed_case_is_reopened_and_with_a_reason() {
        fixture.given(negotiating())
                .when(new ReopenCase(CASE, "why", DAY))
                .expectException(violation(RuleCode.CASE_NOT_CLOSED));
        refusedAsWritten(() -> new ReopenCase(CASE, " ", DAY), RuleCode.REASON_REQUIRED);
    }
}
