package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appeals by either side, each counting 15 days from its own service (民事诉讼法 arts. 171, 85), and a first-instance
 * judgment taking effect only after both sides' periods.
 */
class AppealsBySideTest extends WageCaseSpec {

    static final LocalDate WORKERS_SERVED = LocalDate.of(2025, 4, 1);
    static final LocalDate EMPLOYER_SERVED = LocalDate.of(2025, 4, 10);
    static final LocalDate WORKERS_DUE = CourtPeriod.lastDay(WORKERS_SERVED, 15, CALENDAR);
    static final LocalDate EMPLOYER_DUE = CourtPeriod.lastDay(EMPLOYER_SERVED, 15, CALENDAR);

    static List<Object> judged() {
        return plus(litigating(), new JudgmentIssued(CASE, "判决1", CourtInstance.FIRST, WORKERS_DUE, EMPLOYER_DUE, WORKERS_SERVED));
    }

    @Test
    void each_side_has_fifteen_days_from_its_own_service() {
        fixture.given(litigating())
                .when(new RecordJudgment(CASE, "判决1", CourtInstance.FIRST, EMPLOYER_SERVED, WORKERS_SERVED))
                .expectEvents(judged().get(judged().size() - 1));
        assertThat(EMPLOYER_DUE).isAfter(WORKERS_DUE);
    }

    @Test
    void the_employer_appeals_in_its_own_time_after_the_workers_days_have_run() {
        LocalDate appealed = WORKERS_DUE.plusDays(3);
        fixture.given(judged())
                .when(new RecordAppeal(CASE, "某商贸有限公司", PartySide.EMPLOYER, appealed))
                .expectEvents(new AppealFiled(CASE, "某商贸有限公司", PartySide.EMPLOYER, List.of(missed(DeadlineKind.APPEAL, "判决1")),
                        List.of(), appealed));
        createFixture();
        // the workers on the same day are late (their service was earlier)
        fixture.given(judged())
                .when(new RecordAppeal(CASE, "工人代表", PartySide.WORKER, appealed))
                .expectEvents(new AppealFiled(CASE, "工人代表", PartySide.WORKER, List.of(missed(DeadlineKind.APPEAL, "判决1")),
                        List.of(CaseWarning.APPEAL_PERIOD_PASSED), appealed));
    }

    @Test
    void an_unappealed_judgment_recorded_effective_before_both_periods_end_is_flagged() {
        RecordInstrumentEffective early = new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, "判决1",
                List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), EMPLOYER_DUE.plusDays(10), null, null, EMPLOYER_DUE);
        fixture.given(judged())
                .when(early)
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(FinalAwardsTest.warned(CaseWarning.JUDGMENT_EFFECTIVE_WITHIN_APPEAL_PERIOD),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        createFixture();
        fixture.given(judged())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, "判决1",
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), EMPLOYER_DUE.plusDays(10), null, null,
                        EMPLOYER_DUE.plusDays(1)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(FinalAwardsTest.warned(),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }
}
