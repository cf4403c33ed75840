package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.core.litigation.FinalAwardsTest.warned;

/**
 * The roads around an award: the award period extended in steps (劳动争议调解仲裁法 art. 43 ¶1), a suit on the overdue
 * remainder after a partial award (art. 43), the employer's set-aside while the worker sues and after his suit ends
 * (劳动争议解释(一) art. 21), after its own suit in the basic court was not accepted (art. 18(二)), and an award taking effect
 * that the case never recorded.
 */
class AwardRoadsTest extends WageCaseSpec {

    static final LocalDate ACCEPTED = ArbitrationAndLitigationTest.APPLIED.plusDays(3);
    static final LocalDate AWARD_DUE = CourtPeriod.lastDay(ACCEPTED, 45, CALENDAR);
    static final LocalDate RECEIVED = FinalAwardsTest.RECEIVED;

    static List<Object> accepted() {
        return plus(ArbitrationAndLitigationTest.arbitrating(), new ArbitrationAccepted(CASE, "案1", List.of(), AWARD_DUE, ACCEPTED));
    }

    static ArbitralAwardIssued finalAward() {
        return FinalAwardsTest.issued(List.of(FinalAwardsTest.item(W1, "10000", true)), true, List.of());
    }

    /** art. 43 ¶1: "延长期限不得超过十五日" caps the extension in all, not the number of steps. */
    @Test
    void the_award_period_may_be_extended_in_two_steps_within_fifteen_days_in_all() {
        LocalDate first = AWARD_DUE.plusDays(5);
        LocalDate second = CourtPeriod.lastDay(AWARD_DUE, 15, CALENDAR);
        List<Object> once = plus(accepted(), new AwardPeriodExtended(CASE, first, List.of(cancelled(DeadlineKind.ARBITRAL_AWARD, CASE)), List.of(),
                ACCEPTED.plusDays(40)));
        fixture.given(once)
                .when(new RecordAwardPeriodExtension(CASE, second, ACCEPTED.plusDays(44)))
                .expectEvents(new AwardPeriodExtended(CASE, second, List.of(cancelled(DeadlineKind.ARBITRAL_AWARD, CASE)), List.of(),
                        ACCEPTED.plusDays(44)));
        createFixture();
        fixture.given(once)
                .when(new RecordAwardPeriodExtension(CASE, second.plusDays(1), ACCEPTED.plusDays(44)))
                .expectEvents(new AwardPeriodExtended(CASE, second.plusDays(1), List.of(cancelled(DeadlineKind.ARBITRAL_AWARD, CASE)),
                        List.of(CaseWarning.AWARD_EXTENSION_IRREGULAR), ACCEPTED.plusDays(44)));
    }

    /** art. 43: after a partial award, the rest undecided past the award period: the suit on it is not late. */
    @Test
    void a_suit_on_the_overdue_remainder_is_not_measured_against_the_partial_awards_fifteen_days() {
        LocalDate partialOn = ACCEPTED.plusDays(10);
        ArbitralAwardIssued partial = new ArbitralAwardIssued(CASE, "A0", List.of(FinalAwardsTest.item(W1, "3000", true)), List.of(),
                CourtPeriod.lastDay(partialOn, 15, CALENDAR), true, FinalAwardsTest.LIMIT, List.of(), true, partialOn, partialOn, "530621");
        LocalDate sued = AWARD_DUE.plusDays(3);
        assertThat(sued).isAfter(partial.suitDueOn());
        fixture.given(plus(accepted(), partial))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, sued))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(warned(), org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    /** 解释(一) art. 21 ¶1: while the worker sues the award, the employer's application is not accepted: recorded, flagged. */
    @Test
    void an_application_to_set_aside_while_the_worker_sues_is_flagged() {
        LocalDate sued = RECEIVED.plusDays(5);
        List<Object> suing = plus(ArbitrationAndLitigationTest.arbitrating(), finalAward(),
                new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(met(DeadlineKind.SUIT_AFTER_AWARD, "A1")), List.of(), sued));
        fixture.given(suing)
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", null, sued.plusDays(2)))
                .expectEvents(new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(CaseWarning.SET_ASIDE_WHILE_WORKER_SUES), sued.plusDays(2)));
    }

    /**
     * 解释(一) art. 21 ¶2: once the worker's suit is withdrawn, the employer has 30 days from its receipt of the ruling; the
     * award then takes effect for all (法释〔2000〕18号).
     */
    @Test
    void after_the_workers_suit_is_withdrawn_the_employer_has_thirty_days_from_the_ruling_and_the_award_takes_effect() {
        LocalDate sued = RECEIVED.plusDays(5);
        LocalDate withdrawn = RECEIVED.plusDays(60);
        List<Object> suing = plus(ArbitrationAndLitigationTest.arbitrating(), finalAward(),
                new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(met(DeadlineKind.SUIT_AFTER_AWARD, "A1")), List.of(), sued));
        LocalDate setAsideDue = CourtPeriod.lastDay(withdrawn, 30, CALENDAR);
        SuitEnded ended = new SuitEnded(CASE, SuitEnding.WITHDRAWN, PartySide.WORKER, "(2025)云0621民初9号之一", null, setAsideDue, List.of(), withdrawn);
        fixture.given(suing)
                .when(new RecordSuitEnded(CASE, SuitEnding.WITHDRAWN, null, "(2025)云0621民初9号之一", null, withdrawn))
                .expectEvents(ended);
        createFixture();
        LocalDate applied = withdrawn.plusDays(20); // 80 days after the award, 20 after the ruling
        fixture.given(plus(suing, ended))
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", null, applied))
                .expectEvents(new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), applied));
        createFixture();
        fixture.given(plus(suing, ended))
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A1",
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000"))), withdrawn.plusDays(10), null, null,
                        withdrawn.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.instruments().latestKind()).isEqualTo(InstrumentKind.ARBITRAL_AWARD));
    }

    /**
     * 解释(一) art. 18(二): the award states no type; the employer sues in the basic court, which finds it final and does
     * not accept the suit; the employer's 30 days to apply to the 中院 run from its receipt of that ruling.
     */
    @Test
    void after_its_suit_against_an_unstated_final_award_is_not_accepted_the_employer_has_thirty_days_from_that_ruling() {
        ArbitralAwardIssued unstated = FinalAwardsTest.issued(List.of(new AwardItem(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000"),
                AwardType.NOT_STATED)), true, List.of());
        LocalDate sued = RECEIVED.plusDays(10);
        List<Object> employerSued = plus(ArbitrationAndLitigationTest.arbitrating(), unstated,
                new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(met(DeadlineKind.SUIT_AFTER_AWARD, "A1")),
                        List.of(CaseWarning.EMPLOYER_SUIT_AGAINST_FINAL_AWARD), List.of(), PartySide.EMPLOYER, sued));
        LocalDate notAccepted = RECEIVED.plusDays(40);
        LocalDate employerGotIt = notAccepted.plusDays(2);
        SuitEnded ended = new SuitEnded(CASE, SuitEnding.NOT_ACCEPTED, PartySide.EMPLOYER, "(2025)云0621民初12号", employerGotIt,
                CourtPeriod.lastDay(employerGotIt, 30, CALENDAR), List.of(), notAccepted);
        fixture.given(employerSued)
                .when(new RecordSuitEnded(CASE, SuitEnding.NOT_ACCEPTED, PartySide.EMPLOYER, "(2025)云0621民初12号", employerGotIt, notAccepted))
                .expectEvents(ended);
        createFixture();
        LocalDate applied = employerGotIt.plusDays(25);
        fixture.given(plus(employerSued, ended))
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", null, applied))
                .expectEvents(new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), applied));
    }

    /** An award takes effect that the case never recorded: recorded (the commission's fact), flagged so the award is recorded. */
    @Test
    void an_award_taking_effect_that_the_case_never_recorded_is_recorded_and_flagged() {
        LocalDate effective = RECEIVED.plusDays(20);
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A9",
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000"))), effective.plusDays(10), null, null, effective))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(warned(CaseWarning.INSTRUMENT_WITHOUT_RECORDED_AWARD),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }
}
