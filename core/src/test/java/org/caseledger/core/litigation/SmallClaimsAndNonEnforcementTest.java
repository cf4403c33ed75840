package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.enforcement.EnforcementApplied;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.axonframework.test.matchers.Matchers.sequenceOf;

/**
 * 小额诉讼 (民事诉讼法 art. 165; 民诉解释 art. 271) and 不予执行 of an award (劳动争议解释(一) art. 24): the court's acts,
 * recorded; what they leave open to the worker follows from them.
 */
class SmallClaimsAndNonEnforcementTest extends WageCaseSpec {

    static final LocalDate JUDGED = FILED.plusDays(60);

    @Test
    void a_small_claims_judgment_is_final_and_sets_no_appeal_period() {
        fixture.given(litigating())
                .when(new RecordJudgment(CASE, "(2025)云0621民初9号", CourtInstance.FIRST, null, JUDGED, true))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof JudgmentIssued j && j.smallClaims() && j.appealDueOn() == null), andNoMore())))
                .expectState(c -> assertThat(c.deadlines().all()).noneMatch(d -> d.kind() == DeadlineKind.APPEAL));
    }

    @Test
    void an_ordinary_first_instance_judgment_sets_the_appeal_period() {
        fixture.given(litigating())
                .when(new RecordJudgment(CASE, "(2025)云0621民初9号", CourtInstance.FIRST, null, JUDGED, false))
                .expectState(c -> assertThat(c.deadlines().all()).anyMatch(d -> d.kind() == DeadlineKind.APPEAL));
    }

    /** An appeal against a small-claims judgment is recorded (the parties may file it) and flagged: art. 165 allows none. */
    @Test
    void an_appeal_against_a_small_claims_judgment_is_recorded_with_a_warning() {
        fixture.given(plus(litigating(), new JudgmentIssued(CASE, "(2025)云0621民初9号", CourtInstance.FIRST, null, null, JUDGED, true)))
                .when(new RecordAppeal(CASE, "某建筑公司", JUDGED.plusDays(5)))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof AppealFiled a && a.warnings().contains(CaseWarning.APPEAL_AGAINST_SMALL_CLAIMS_JUDGMENT)),
                        andNoMore())));
    }

    static final LocalDate EFFECTIVE = FinalAwardsTest.RECEIVED.plusDays(16);
    static final LocalDate RULED = EFFECTIVE.plusDays(60);

    static List<Object> enforcingTheAward() {
        LocalDate due = EFFECTIVE.plusDays(10);
        return plus(AwardRoadsTest.accepted(), AwardRoadsTest.finalAward(),
                new InstrumentBecameEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A1",
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000"))), due, List.of(), null, null,
                        CourtPeriod.lastDay(due, Period.ofYears(2), CALENDAR), List.of(), null, EFFECTIVE),
                new EnforcementApplied(CASE, "鲁甸县人民法院", List.of(met(DeadlineKind.ENFORCEMENT_APPLICATION, "A1"),
                        missed(DeadlineKind.PERFORMANCE, "A1")), EFFECTIVE.plusDays(20)));
    }

    /** Art. 24 ¶2: after 不予执行 the worker may sue within 30 days; the award is no longer an instrument to enforce. */
    @Test
    void a_ruling_not_to_enforce_the_award_returns_the_case_to_litigation_with_thirty_days_to_sue() {
        LocalDate suitDue = CourtPeriod.lastDay(RULED, 30, CALENDAR);
        fixture.given(enforcingTheAward())
                .when(new RecordNonEnforcementRuling(CASE, "(2025)云0621执异1号", "A1", RULED))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof EnforcementOfAwardRefused r && r.suitDueOn().equals(suitDue)
                                && r.claimantIds().equals(List.of(W1))), andNoMore())))
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION);
                    assertThat(c.instruments().hasEffectiveInstrument()).isFalse();
                    assertThat(c.deadlines().find(DeadlineKind.SUIT_AFTER_NON_ENFORCEMENT, "A1")).get()
                            .extracting(d -> d.dueOn()).isEqualTo(suitDue);
                });
    }

    @Test
    void a_mediation_instrument_of_a_court_is_not_refused_under_article_24() {
        fixture.given(enforcing())
                .when(new RecordNonEnforcementRuling(CASE, "(2025)云0621执异1号", INSTRUMENT_NO, RULED))
                .expectException(violation(RuleCode.INSTRUMENT_KIND_NOT_ALLOWED));
    }

    @Test
    void a_suit_within_the_thirty_days_meets_the_deadline_and_a_later_one_is_recorded_with_a_warning() {
        List<Object> refused = plus(enforcingTheAward(), new EnforcementOfAwardRefused(CASE, "(2025)云0621执异1号", "A1", List.of(W1),
                CourtPeriod.lastDay(RULED, 30, CALENDAR), List.of(), RULED));
        fixture.given(refused)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, RULED.plusDays(20)))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof LawsuitFiled l && l.warnings().isEmpty()
                                && l.deadlinesClosed().equals(List.of(met(DeadlineKind.SUIT_AFTER_NON_ENFORCEMENT, "A1")))), andNoMore())));
        createFixture();
        fixture.given(refused)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, RULED.plusDays(45)))
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        predicate(e -> e instanceof LawsuitFiled l && l.warnings().contains(CaseWarning.SUIT_AFTER_NON_ENFORCEMENT_PERIOD_PASSED)),
                        andNoMore())));
    }
}
