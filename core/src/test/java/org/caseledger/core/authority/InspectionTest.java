package org.caseledger.core.authority;

import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.InspectionPeriods;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.supervision.CaseReferred;
import org.caseledger.core.supervision.ReferCase;
import org.caseledger.core.supervision.ReferralTarget;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 劳动保障监察 as a road of the wage case: the union hands the complaint to 人社 (a referral), 立案 is due in 5 working
 * days (关于实施《劳动保障监察条例》若干规定 art. 18), the investigation in 60 (+30 once, 劳动保障监察条例 art. 17), then the
 * decision, the application to the court (行政强制法 art. 53) and the wage deposit drawn (保障农民工工资支付条例 art. 32).
 * Late acts of the inspectorate are recorded with a warning, never refused.
 */
class InspectionTest extends WageCaseSpec {

    // Monday 2025-06-09; five working days later (no holiday in between): Monday 2025-06-16
    static final LocalDate COMPLAINED = LocalDate.of(2025, 6, 9);
    static final LocalDate FILING_DUE = LocalDate.of(2025, 6, 16);

    static CaseReferred complaint() {
        return new CaseReferred(CASE, ReferralTarget.LABOUR_INSPECTION, COUNTY_UNION, "拖欠工资，请求责令支付", COMPLAINED, FILING_DUE);
    }

    static List<Object> with(Object... more) {
        List<Object> events = new ArrayList<>(negotiating());
        events.add(complaint());
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void a_complaint_handed_to_the_inspectorate_is_to_be_filed_within_five_working_days() {
        fixture.given(negotiating())
                .when(new ReferCase(CASE, ReferralTarget.LABOUR_INSPECTION, COUNTY_UNION, "拖欠工资，请求责令支付", COMPLAINED))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.INSPECTION_FILING, InspectionPeriods.SUBJECT))
                        .hasValueSatisfying(d -> assertThat(d.dueOn()).isEqualTo(FILING_DUE)));
    }

    @Test
    void a_filing_after_the_five_days_is_recorded_with_a_warning_and_the_investigation_runs_sixty_working_days() {
        LocalDate filed = FILING_DUE.plusDays(1);
        // Tuesday 2025-06-17 + 60 working days, no holiday between (端午 was 31 May - 2 June): twelve weeks, Tuesday 2025-09-09
        LocalDate investigationDue = LocalDate.of(2025, 9, 9);
        fixture.given(with())
                .when(new RecordInspectionFiled(CASE, "鲁人社监察立〔2025〕18号", filed))
                .expectEvents(new InspectionFiled(CASE, "鲁人社监察立〔2025〕18号", investigationDue,
                        List.of(org.caseledger.core.kernel.Deadline.of(DeadlineKind.INSPECTION_FILING, InspectionPeriods.SUBJECT, FILING_DUE).missed()),
                        List.of(CaseWarning.INSPECTION_FILED_LATE), filed));
    }

    @Test
    void one_extension_of_thirty_working_days_a_second_is_flagged() {
        LocalDate filed = FILING_DUE;
        LocalDate due = CALENDAR.plusWorkingDays(filed, 60);
        InspectionFiled inspectionFiled = new InspectionFiled(CASE, "立〔2025〕18号", due, List.of(), List.of(), filed);
        LocalDate extended = CALENDAR.plusWorkingDays(due, 30);
        fixture.given(with(inspectionFiled))
                .when(new RecordInspectionExtension(CASE, due.minusDays(3)))
                .expectEvents(new InspectionExtended(CASE, extended,
                        List.of(org.caseledger.core.kernel.Deadline.of(DeadlineKind.INSPECTION_INVESTIGATION, InspectionPeriods.SUBJECT, due).cancelled()),
                        List.of(), due.minusDays(3)));
        createFixture();
        fixture.given(with(inspectionFiled, new InspectionExtended(CASE, extended, List.of(), List.of(), due.minusDays(3))))
                .when(new RecordInspectionExtension(CASE, extended.minusDays(1)))
                .expectEvents(new InspectionExtended(CASE, CALENDAR.plusWorkingDays(extended, 30),
                        List.of(org.caseledger.core.kernel.Deadline.of(DeadlineKind.INSPECTION_INVESTIGATION, InspectionPeriods.SUBJECT, extended).cancelled()),
                        List.of(CaseWarning.INSPECTION_EXTENDED_AGAIN), extended.minusDays(1)));
    }

    @Test
    void a_decision_after_the_investigation_day_is_recorded_late_then_the_court_and_the_deposit() {
        LocalDate filed = FILING_DUE;
        LocalDate due = CALENDAR.plusWorkingDays(filed, 60);
        InspectionFiled inspectionFiled = new InspectionFiled(CASE, "立〔2025〕18号", due, List.of(), List.of(), filed);
        fixture.given(with(inspectionFiled))
                .when(new RecordInspectionDecision(CASE, InspectionOutcome.HANDLING_DECISION, "鲁人社监察处〔2025〕7号", EMPLOYER,
                        Money.ofYuan("15000.00"), due.plusDays(1)))
                .expectEvents(new InspectionDecided(CASE, InspectionOutcome.HANDLING_DECISION, "鲁人社监察处〔2025〕7号", EMPLOYER,
                        Money.ofYuan("15000.00"),
                        List.of(org.caseledger.core.kernel.Deadline.of(DeadlineKind.INSPECTION_INVESTIGATION, InspectionPeriods.SUBJECT, due).missed()),
                        List.of(CaseWarning.INSPECTION_DECIDED_LATE), due.plusDays(1)));
        createFixture();
        fixture.given(with(inspectionFiled))
                .when(new RecordInspectionEnforcementApplication(CASE, "鲁甸县人民法院", "鲁人社强申〔2025〕2号", due.plusDays(100)))
                .expectEvents(new InspectionEnforcementApplied(CASE, "鲁甸县人民法院", "鲁人社强申〔2025〕2号", due.plusDays(100)));
        createFixture();
        fixture.given(with())
                .when(new RecordWageDepositDrawn(CASE, "鲁甸县人力资源和社会保障局", CONTRACTOR, Money.ofYuan("15000.00"), FILING_DUE))
                .expectEvents(new WageDepositDrawDecided(CASE, "鲁甸县人力资源和社会保障局", CONTRACTOR, Money.ofYuan("15000.00"), FILING_DUE));
    }

    @Test
    void no_decision_or_extension_without_the_filing_on_the_record() {
        fixture.given(with())
                .when(new RecordInspectionDecision(CASE, InspectionOutcome.ORDER_TO_RECTIFY, "处〔2025〕1号", null, null, FILING_DUE))
                .expectException(violation(RuleCode.NO_INSPECTION_FILED));
        createFixture();
        fixture.given(with())
                .when(new RecordInspectionExtension(CASE, FILING_DUE))
                .expectException(violation(RuleCode.NO_INSPECTION_FILED));
    }
}
