package org.caseledger.core.limitation;

import org.caseledger.core.kernel.InterruptionCause;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.intake.AddClaimant;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.negotiation.PromiseId;
import org.caseledger.core.negotiation.RecordPaymentPromise;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 时效: the arbitration year of each claimant (劳动争议调解仲裁法 art. 27) interrupted and suspended, and what the
 * officer records when the case's own steps do not show it.
 */
class LimitationsTest extends WageCaseSpec {

    static final LocalDate DEMANDED = FILED.plusDays(20);

    @Test
    void a_demand_the_officer_records_restarts_the_year_for_the_claimants_it_names() {
        // art. 27 ¶2 "向对方当事人主张权利": only W1 wrote to the employer; W2's year still ends first, so the deadline stays
        clock.setToday(DEMANDED);
        fixture.given(negotiating())
                .when(new RecordLimitationInterruption(CASE, LimitationKind.ARBITRATION, InterruptionCause.DEMAND_TO_OBLIGOR, List.of(W1),
                        "W1's registered letter to the employer", DEMANDED))
                .expectEvents(new LimitationInterrupted(CASE, LimitationKind.ARBITRATION, InterruptionCause.DEMAND_TO_OBLIGOR, List.of(W1),
                        "W1's registered letter to the employer", DEMANDED, LIMITATION_ENDS, List.of(), List.of(), DEMANDED))
                .expectState(c -> {
                    assertThat(c.limitations().arbitrationClocks().get(W1).lastDay(CALENDAR))
                            .isEqualTo(CourtPeriod.lastDay(DEMANDED, Period.ofYears(1), CALENDAR));
                    assertThat(c.limitations().arbitrationClocks().get(W2).lastDay(CALENDAR)).isEqualTo(LIMITATION_ENDS);
                });
    }

    @Test
    void after_the_year_ran_out_a_demand_does_not_revive_it_but_the_obligors_promise_does() {
        // 民法典 art. 192 ¶2: an obligor who agrees to perform after the period may not plead it
        LocalDate late = LIMITATION_ENDS.plusDays(10);
        clock.setToday(late);
        fixture.given(negotiating())
                .when(new RecordLimitationInterruption(CASE, LimitationKind.ARBITRATION, InterruptionCause.DEMAND_TO_OBLIGOR, List.of(),
                        "a demand too late", late))
                .expectException(violation(RuleCode.LIMITATION_ALREADY_RAN));
        createFixture();
        clock.setToday(late);
        LocalDate last = CourtPeriod.lastDay(late, Period.ofYears(1), CALENDAR);
        fixture.given(negotiating())
                .when(new RecordPaymentPromise(CASE, PromiseId.of("P9"), EMPLOYER, Money.ofYuan("100"), late.plusDays(5), late))
                .expectEvents(new org.caseledger.core.negotiation.PaymentPromiseMade(CASE, PromiseId.of("P9"), EMPLOYER, Money.ofYuan("100"),
                                late.plusDays(5), late),
                        new LimitationInterrupted(CASE, LimitationKind.ARBITRATION, InterruptionCause.OBLIGOR_AGREED_TO_PAY, List.of(W1, W2),
                                "promise P9", late, last, List.of(missed(DeadlineKind.ARBITRATION_LIMITATION, CASE)),
                                List.of(Deadline.of(DeadlineKind.ARBITRATION_LIMITATION, CASE, last)), late));
    }

    @Test
    void a_suspension_withdraws_the_deadline_and_the_year_runs_on_when_its_cause_ends() {
        // art. 27 ¶3: "从中止时效的原因消除之日起，仲裁时效期间继续计算"
        LocalDate from = FILED.plusDays(30);
        LocalDate to = from.plusDays(40);
        clock.setToday(to);
        fixture.given(negotiating())
                .when(new RecordLimitationSuspension(CASE, LimitationKind.ARBITRATION, "earthquake: the workers could not apply", from))
                .expectEvents(new LimitationSuspended(CASE, LimitationKind.ARBITRATION, "earthquake: the workers could not apply",
                        List.of(cancelled(DeadlineKind.ARBITRATION_LIMITATION, CASE)), from));
        createFixture();
        clock.setToday(to);
        LocalDate extended = CourtPeriod.rolledToWorkingDay(ENDED.plusYears(1).plusDays(40), CALENDAR);
        fixture.given(plus(negotiating(), new LimitationSuspended(CASE, LimitationKind.ARBITRATION, "earthquake",
                        List.of(cancelled(DeadlineKind.ARBITRATION_LIMITATION, CASE)), from)))
                .when(new EndLimitationSuspension(CASE, LimitationKind.ARBITRATION, to))
                .expectEvents(new LimitationSuspensionEnded(CASE, LimitationKind.ARBITRATION, extended,
                        List.of(Deadline.of(DeadlineKind.ARBITRATION_LIMITATION, CASE, extended)), to));
    }

    @Test
    void a_suspension_needs_a_running_limitation_and_ends_once() {
        fixture.given(plus(negotiating()))
                .when(new EndLimitationSuspension(CASE, LimitationKind.ARBITRATION, FILED.plusDays(30)))
                .expectException(violation(RuleCode.LIMITATION_NOT_SUSPENDED));
        createFixture();
        fixture.given(negotiating())
                .when(new RecordLimitationSuspension(CASE, LimitationKind.ENFORCEMENT, "no instrument yet", FILED.plusDays(30)))
                .expectException(violation(RuleCode.NO_LIMITATION_RUNNING));
    }

    @Test
    void a_claimant_who_joins_later_brings_the_year_from_the_end_of_employment() {
        // the promise restarted W1's and W2's years; W3's did not run from it, so the case's deadline moves back
        LocalDate promised = FILED.plusDays(20);
        LocalDate afterPromise = CourtPeriod.lastDay(promised, Period.ofYears(1), CALENDAR);
        NewClaimant w3 = new NewClaimant(ClaimantId.of("W3"), person("王五", "53062119900303003"), Money.ofYuan("3000"));
        clock.setToday(FILED.plusDays(25));
        fixture.given(plus(negotiating(), arbitrationRestarted(InterruptionCause.OBLIGOR_AGREED_TO_PAY, "promise P1", promised)))
                .when(new AddClaimant(CASE, w3, FILED.plusDays(25)))
                .expectEvents(new ClaimantAdded(CASE, w3, List.of(cancelled(DeadlineKind.ARBITRATION_LIMITATION, CASE)),
                        List.of(Deadline.of(DeadlineKind.ARBITRATION_LIMITATION, CASE, LIMITATION_ENDS)), FILED.plusDays(25)))
                .expectState(c -> assertThat(c.limitations().earliestLastDay(LimitationKind.ARBITRATION, CALENDAR)).contains(LIMITATION_ENDS));
        assertThat(afterPromise).isAfter(LIMITATION_ENDS);
    }

    @Test
    void while_employed_no_arbitration_year_runs() {
        // art. 27 ¶4: wages owed during employment are not barred before it ends
        fixture.given(new org.caseledger.core.intake.WageClaimFiled(CASE, COUNTY_UNION, null, org.caseledger.core.intake.Channel.WALK_IN,
                        null, twoClaimants(), threeObligors(), false, null, null, FILED), aidGranted(), officerAssigned())
                .when(new RecordLimitationInterruption(CASE, LimitationKind.ARBITRATION, InterruptionCause.DEMAND_TO_OBLIGOR, List.of(),
                        "demand", FILED.plusDays(3)))
                .expectException(violation(RuleCode.NO_LIMITATION_RUNNING));
    }
}
