package org.caseledger.core.money;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.enforcement.EnforcementSuspended;
import org.caseledger.core.enforcement.EnforcementSuspensionEnded;
import org.caseledger.core.enforcement.SuspensionCause;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.DeadlineOutcome;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Instalment;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.litigation.InstrumentBecameEffective;
import org.caseledger.core.litigation.InstrumentKind;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.axonframework.test.matchers.Matchers.sequenceOf;
import static org.axonframework.test.matchers.Matchers.andNoMore;

/**
 * 分期履行 and 迟延履行利息 (法释〔2014〕8号): each instalment bears the doubled interest from its own due day (art. 2);
 * suspensions of art. 3 ¶3 stop it; an instalment paid on time meets its deadline. The spec's instrument makes W1
 * ¥10,000 enforceable in two instalments: ¥4,000 due {@link #FIRST}, ¥6,000 due {@link #SECOND}.
 */
class InstalmentsTest extends WageCaseSpec {

    static final LocalDate FIRST = PERFORMANCE_DUE;
    static final LocalDate SECOND = PERFORMANCE_DUE.plusDays(30);

    static RecordInstrumentEffective inTwoInstalments() {
        return new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), null, null, null, FILED.plusDays(20), false,
                List.of(new Instalment(SECOND, Money.ofYuan("6000"), null), new Instalment(FIRST, Money.ofYuan("4000"), null)));
    }

    static InstrumentBecameEffective effectiveInTwoInstalments() {
        return new InstrumentBecameEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), FIRST, List.of(), SECOND, null,
                CourtPeriod.lastDay(SECOND, Period.ofYears(2), CALENDAR), List.of(), null, FILED.plusDays(20), false,
                List.of(new Instalment(FIRST, Money.ofYuan("4000"), W1), new Instalment(SECOND, Money.ofYuan("6000"), W1)));
    }

    static PaymentReceived paid(String id, String yuan, LocalDate on) {
        return new PaymentReceived(CASE, PaymentId.of(id), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan(yuan),
                List.of(new ClaimantAmount(W1, Money.ofYuan(yuan))), on);
    }

    @Test
    void the_schedule_sets_the_performance_day_to_the_first_instalment_and_a_deadline_for_each_later_one() {
        fixture.given(litigating())
                .when(inTwoInstalments())
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    assertThat(c.deadlines().find(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)).get()
                            .extracting(d -> d.dueOn()).isEqualTo(FIRST);
                    assertThat(c.deadlines().find(DeadlineKind.INSTALMENT, InstrumentBecameEffective.instalmentSubject(INSTRUMENT_NO, SECOND)))
                            .get().extracting(d -> d.dueOn()).isEqualTo(SECOND);
                });
    }

    @Test
    void a_schedule_beyond_the_debt_is_refused() {
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), null, null, null, FILED.plusDays(20), false,
                        List.of(new Instalment(FIRST, Money.ofYuan("4000"), null), new Instalment(SECOND, Money.ofYuan("6000.01"), null))))
                .expectException(violation(RuleCode.INSTALMENTS_EXCEED_DEBT));
    }

    /** Art. 2: 400,000 fen × 100 days + 600,000 fen × 70 days = 82,000,000 fen·days → ¥143.50 (not 100 days on all). */
    @Test
    void each_instalment_bears_interest_from_its_own_due_day() {
        LocalDate asOf = FIRST.plusDays(100);
        fixture.given(plus(litigating(), effectiveInTwoInstalments()))
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(14_350))), asOf));
    }

    /** Payments discharge the earliest instalment first: ¥5,000 on day 10 pays the first and ¥1,000 of the second. */
    @Test
    void a_payment_discharges_the_earliest_instalment_first() {
        // days 1-10: 400,000 × 10; days 11-30: nothing overdue; days 31-100: (1,000,000 - 500,000) × 70 → 39,000,000 → ¥68.25
        LocalDate asOf = FIRST.plusDays(100);
        fixture.given(plus(litigating(), effectiveInTwoInstalments(), paid("P1", "5000", FIRST.plusDays(10))))
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(6_825))), asOf));
    }

    /** Point 13: the first instalment paid on its day meets the performance deadline; the second stays open. */
    @Test
    void the_first_instalment_paid_on_time_meets_the_performance_deadline() {
        fixture.given(plus(litigating(), effectiveInTwoInstalments()))
                .when(new RecordPayment(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("4000"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("4000"))), FIRST))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof PaymentReceived),
                        predicate(e -> e instanceof InstalmentPaid p && p.dueOn().equals(FIRST)
                                && p.deadlinesClosed().equals(List.of(met(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)))),
                        andNoMore())))
                .expectState(c -> {
                    assertThat(c.deadlines().find(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)).isEmpty();
                    assertThat(c.deadlines().find(DeadlineKind.INSTALMENT, InstrumentBecameEffective.instalmentSubject(INSTRUMENT_NO, SECOND))).isPresent();
                });
    }

    @Test
    void the_second_instalment_paid_late_closes_its_deadline_as_missed() {
        fixture.given(plus(litigating(), effectiveInTwoInstalments(), paid("P1", "4000", FIRST),
                        new InstalmentPaid(CASE, INSTRUMENT_NO, FIRST, List.of(met(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)), FIRST)))
                .when(new RecordPayment(CASE, PaymentId.of("P2"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("6000"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("6000"))), SECOND.plusDays(3)))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof PaymentReceived),
                        predicate(e -> e instanceof InstalmentPaid p && p.dueOn().equals(SECOND)
                                && p.deadlinesClosed().get(0).outcome() == DeadlineOutcome.MISSED),
                        andNoMore())));
    }

    @Test
    void a_part_of_the_first_instalment_closes_nothing() {
        fixture.given(plus(litigating(), effectiveInTwoInstalments()))
                .when(new RecordPayment(CASE, PaymentId.of("P1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("3999.99"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("3999.99"))), FIRST))
                .expectEventsMatching(payloadsMatching(sequenceOf(predicate(e -> e instanceof PaymentReceived), andNoMore())))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)).isPresent());
    }

    /**
     * Art. 3 ¶3: while enforcement stands suspended for a retrial the interest does not run — 20 days out of 100:
     * W1 1,000,000 × 80 → ¥140, W2 500,000 × 80 → ¥70.
     */
    @Test
    void a_suspension_for_a_retrial_stops_the_interest() {
        LocalDate asOf = PERFORMANCE_DUE.plusDays(100);
        fixture.given(plus(enforcing(), new EnforcementSuspended(CASE, SuspensionCause.RETRIAL, PERFORMANCE_DUE.plusDays(40)),
                        new EnforcementSuspensionEnded(CASE, PERFORMANCE_DUE.plusDays(60))))
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(14_000)),
                        new ClaimantAmount(W2, Money.ofFen(7_000))), asOf));
    }

    @Test
    void a_suspension_on_the_debtors_own_application_does_not() {
        LocalDate asOf = PERFORMANCE_DUE.plusDays(100);
        fixture.given(plus(enforcing(), new EnforcementSuspended(CASE, SuspensionCause.ON_DEBTORS_APPLICATION, PERFORMANCE_DUE.plusDays(40)),
                        new EnforcementSuspensionEnded(CASE, PERFORMANCE_DUE.plusDays(60))))
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(17_500)),
                        new ClaimantAmount(W2, Money.ofFen(8_750))), asOf));
    }

    @Test
    void while_still_suspended_nothing_runs_after_the_suspension_began() {
        LocalDate asOf = PERFORMANCE_DUE.plusDays(100);
        fixture.given(plus(enforcing(), new EnforcementSuspended(CASE, SuspensionCause.REVIEW_NOT_ON_DEBTORS_APPLICATION, PERFORMANCE_DUE.plusDays(40))))
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(7_000)),
                        new ClaimantAmount(W2, Money.ofFen(3_500))), asOf));
    }
}
