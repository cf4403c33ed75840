package org.caseledger.core.workorder;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.caseledger.embedded.testing.TestClock;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 工单 through the aggregate: the 民乐 road (a courier's message on a station board → dispatched to the county union →
 * transferred to the city's transport department → its answer → reply → callback satisfied → closed), a 12351 wage call
 * turned into a case, and the union's own rules refused — a county acting on an order it was never given, closing
 * before the worker was answered. Working days from the statutory calendar (2025 published).
 */
class WorkOrderTest {

    static final WorkOrderId ORDER = WorkOrderId.of("12351-GS-20250303-0001");
    static final UnionBody PROVINCE = new UnionBody("甘肃省总工会", UnionLevel.PROVINCIAL, RegionCode.of("620000"));
    static final UnionBody CITY = new UnionBody("张掖市总工会", UnionLevel.CITY, RegionCode.of("620700"));
    static final UnionBody COUNTY = new UnionBody("民乐县总工会", UnionLevel.COUNTY, RegionCode.of("620722"));
    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    static final PersonalData COURIER = new PersonalData("快递员甲", null, "13800000000");

    final TestClock clock = new TestClock(LocalDate.of(2025, 12, 31));
    FixtureConfiguration<WorkOrder> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(WorkOrder.class);
        fixture.registerInjectableResource(new DecisionContext(clock, WageCaseSpec.CALENDAR));
        fixture.registerInjectableResource(WorkOrderTimeLimits.defaults());
    }

    static WorkOrderReceived received() {
        return new WorkOrderReceived(ORDER, PROVINCE, WorkOrderChannel.STATION_BOARD, COURIER, new Employer("民乐某快递网点", null),
                "民乐县", "logistics", "送件超时被罚款，要求说明罚款依据", MONDAY);
    }

    static WorkOrderDispatched dispatchedToCity() {
        return new WorkOrderDispatched(ORDER, PROVINCE.name(), CITY, MONDAY.plusDays(1), MONDAY);
    }

    static List<Object> atCounty() {
        return List.of(received(), new WorkOrderClassified(ORDER, WorkOrderCategory.DEMAND, WorkOrderGrade.ORDINARY, MONDAY.plusDays(7), MONDAY),
                dispatchedToCity(), new WorkOrderAccepted(ORDER, CITY.name(), false, MONDAY),
                new WorkOrderDispatched(ORDER, CITY.name(), COUNTY, MONDAY.plusDays(2), MONDAY.plusDays(1)),
                new WorkOrderAccepted(ORDER, COUNTY.name(), false, MONDAY.plusDays(1)));
    }

    @Test
    void a_message_taken_in_is_graded_and_its_handling_day_counted_in_working_days() {
        // 一般: 5 working days from Monday 3 March 2025 → Monday 10 March
        fixture.given(received())
                .when(new ClassifyWorkOrder(ORDER, PROVINCE.name(), WorkOrderCategory.DEMAND, WorkOrderGrade.ORDINARY, MONDAY))
                .expectEvents(new WorkOrderClassified(ORDER, WorkOrderCategory.DEMAND, WorkOrderGrade.ORDINARY, LocalDate.of(2025, 3, 10), MONDAY));
    }

    @Test
    void an_order_goes_down_the_levels_each_body_signing_for_it_within_a_working_day() {
        fixture.given(received())
                .when(new DispatchWorkOrder(ORDER, PROVINCE.name(), CITY, MONDAY))
                .expectEvents(new WorkOrderDispatched(ORDER, PROVINCE.name(), CITY, LocalDate.of(2025, 3, 4), MONDAY));
        createFixture();
        fixture.given(received(), dispatchedToCity())
                .when(new AcceptWorkOrder(ORDER, CITY.name(), MONDAY.plusDays(3)))
                .expectEvents(new WorkOrderAccepted(ORDER, CITY.name(), true, MONDAY.plusDays(3)))
                .expectState(o -> assertThat(o.holder()).isEqualTo(CITY.name()));
    }

    @Test
    void a_county_cannot_answer_an_order_it_was_never_given() {
        fixture.given(received(), dispatchedToCity())
                .when(new ReplyToWorker(ORDER, COUNTY.name(), "已处理", MONDAY.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_HELD));
        createFixture();
        fixture.given(received(), dispatchedToCity())
                .when(new AcceptWorkOrder(ORDER, COUNTY.name(), MONDAY.plusDays(1)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_AWAITING_SIGNING));
        createFixture();
        fixture.given(received(), dispatchedToCity())
                .when(new ReplyToWorker(ORDER, PROVINCE.name(), "已处理", MONDAY.plusDays(1)))
                .expectException(violation(RuleCode.WORK_ORDER_AWAITING_SIGNING));
    }

    @Test
    void an_order_is_never_dispatched_up_or_sideways() {
        // the county holds it: sending it to the city above is refused — it sends it back instead
        fixture.given(atCounty())
                .when(new DispatchWorkOrder(ORDER, COUNTY.name(), CITY, MONDAY.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_DOWNWARD));
        createFixture();
        fixture.given(received())
                .when(new DispatchWorkOrder(ORDER, PROVINCE.name(), new UnionBody("青海省总工会", UnionLevel.PROVINCIAL, RegionCode.of("630000")), MONDAY))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_DOWNWARD));
    }

    @Test
    void the_callback_and_the_closing_are_the_platforms_not_the_county_that_answered() {
        List<Object> replied = new java.util.ArrayList<>(atCounty());
        replied.add(new WorkerReplied(ORDER, COUNTY.name(), "已答复", true, LocalDate.of(2025, 3, 7), MONDAY.plusDays(1)));
        fixture.given(replied)
                .when(new RecordCallback(ORDER, COUNTY.name(), Satisfaction.SATISFIED, null, MONDAY.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_RECEIVER));
        createFixture();
        fixture.given(replied)
                .when(new CloseWorkOrder(ORDER, COUNTY.name(), "自己质检", MONDAY.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_RECEIVER));
    }

    @Test
    void the_workers_contact_is_erased_once_even_on_a_closed_order() {
        List<Object> closed = new java.util.ArrayList<>(atCounty());
        closed.add(new WorkerReplied(ORDER, COUNTY.name(), "已答复", true, LocalDate.of(2025, 3, 7), MONDAY.plusDays(1)));
        closed.add(new WorkOrderClosed(ORDER, "质检", true, null, MONDAY.plusDays(2)));
        fixture.given(closed)
                .when(new EraseWorkerPersonalData(ORDER, "本人申请删除", MONDAY.plusDays(3)))
                .expectEvents(new WorkerPersonalDataErased(ORDER, "本人申请删除", MONDAY.plusDays(3)));
        closed.add(new WorkerPersonalDataErased(ORDER, "本人申请删除", MONDAY.plusDays(3)));
        createFixture();
        fixture.given(closed)
                .when(new EraseWorkerPersonalData(ORDER, "再次", MONDAY.plusDays(4)))
                .expectException(violation(RuleCode.PERSONAL_DATA_ALREADY_ERASED));
    }

    /** The sweeper marks a passed time limit once; not before its day, not once the act was done. */
    @Test
    void a_handling_day_passed_is_marked_overdue_once_by_the_sweeper() {
        // graded 一般 on Monday 3 March: handling day Monday 10 March (see the first test)
        List<Object> graded = List.of(received(), new WorkOrderClassified(ORDER, WorkOrderCategory.DEMAND, WorkOrderGrade.ORDINARY,
                LocalDate.of(2025, 3, 10), MONDAY));
        fixture.given(graded)
                .when(new MarkWorkOrderOverdue(ORDER, WorkOrderTimeLimit.HANDLING))
                .expectEvents(new WorkOrderOverdue(ORDER, WorkOrderTimeLimit.HANDLING, LocalDate.of(2025, 3, 10), PROVINCE.name(),
                        LocalDate.of(2025, 3, 11)));
        createFixture();
        List<Object> marked = new java.util.ArrayList<>(graded);
        marked.add(new WorkOrderOverdue(ORDER, WorkOrderTimeLimit.HANDLING, LocalDate.of(2025, 3, 10), PROVINCE.name(), LocalDate.of(2025, 3, 11)));
        fixture.given(marked)
                .when(new MarkWorkOrderOverdue(ORDER, WorkOrderTimeLimit.HANDLING))
                .expectNoEvents();
        createFixture();
        clock.setToday(LocalDate.of(2025, 3, 10));
        fixture.given(graded)
                .when(new MarkWorkOrderOverdue(ORDER, WorkOrderTimeLimit.HANDLING))
                .expectException(violation(RuleCode.DEADLINE_NOT_PASSED));
        createFixture();
        List<Object> replied = new java.util.ArrayList<>(graded);
        replied.add(new WorkerReplied(ORDER, PROVINCE.name(), "已答复", true, LocalDate.of(2025, 3, 7), MONDAY.plusDays(1)));
        fixture.given(replied)
                .when(new MarkWorkOrderOverdue(ORDER, WorkOrderTimeLimit.HANDLING))
                .expectException(violation(RuleCode.WORK_ORDER_NOTHING_DUE));
    }

    @Test
    void an_order_sent_back_returns_to_the_body_that_dispatched_it() {
        fixture.given(received(), dispatchedToCity())
                .when(new SendBackWorkOrder(ORDER, CITY.name(), "不属于本市", MONDAY.plusDays(1)))
                .expectEvents(new WorkOrderSentBack(ORDER, CITY.name(), PROVINCE.name(), "不属于本市", MONDAY.plusDays(1)))
                .expectState(o -> {
                    assertThat(o.holder()).isEqualTo(PROVINCE.name());
                    assertThat(o.awaitingSigning()).isNull();
                });
    }

    /** 民乐: transferred to the city's transport department, answered, replied, called back satisfied, closed on time. */
    @Test
    void the_minle_road_transfer_answer_reply_callback_close() {
        LocalDate day = MONDAY.plusDays(2);
        List<Object> history = new java.util.ArrayList<>(atCounty());
        history.add(new WorkOrderTransferred(ORDER, COUNTY.name(), TransferDepartment.OTHER, "张掖市交通运输局", day));
        fixture.given(history)
                .when(new RecordDepartmentAnswer(ORDER, COUNTY.name(), "罚款不符合规定，已责令网点退还", day.plusDays(1)))
                .expectEvents(new DepartmentAnswered(ORDER, "张掖市交通运输局", "罚款不符合规定，已责令网点退还", day.plusDays(1)));
        history.add(new DepartmentAnswered(ORDER, "张掖市交通运输局", "罚款不符合规定，已责令网点退还", day.plusDays(1)));
        createFixture();
        // answered Thursday 6 March, by the handling day (10 March): on time; callback within 3 working days → 11 March
        fixture.given(history)
                .when(new ReplyToWorker(ORDER, COUNTY.name(), "经转办，罚款已退还", day.plusDays(1)))
                .expectEvents(new WorkerReplied(ORDER, COUNTY.name(), "经转办，罚款已退还", true, LocalDate.of(2025, 3, 11), day.plusDays(1)));
        history.add(new WorkerReplied(ORDER, COUNTY.name(), "经转办，罚款已退还", true, LocalDate.of(2025, 3, 11), day.plusDays(1)));
        history.add(new CallbackRecorded(ORDER, Satisfaction.SATISFIED, "满意", false, day.plusDays(2)));
        createFixture();
        fixture.given(history)
                .when(new CloseWorkOrder(ORDER, PROVINCE.name(), "质检合格", day.plusDays(3)))
                .expectEvents(new WorkOrderClosed(ORDER, "质检合格", true, Satisfaction.SATISFIED, day.plusDays(3)))
                .expectState(o -> assertThat(o.isClosed()).isTrue());
    }

    @Test
    void an_order_is_not_closed_or_called_back_before_the_worker_was_answered() {
        fixture.given(atCounty())
                .when(new CloseWorkOrder(ORDER, PROVINCE.name(), "质检", MONDAY.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_REPLIED));
        createFixture();
        fixture.given(atCounty())
                .when(new RecordCallback(ORDER, PROVINCE.name(), Satisfaction.SATISFIED, null, MONDAY.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_REPLIED));
    }

    @Test
    void a_reply_after_the_handling_day_is_recorded_as_late_and_a_worker_not_satisfied_has_it_reopened() {
        LocalDate late = LocalDate.of(2025, 3, 12);
        fixture.given(atCounty())
                .when(new ReplyToWorker(ORDER, COUNTY.name(), "已协调", late))
                .expectEvents(new WorkerReplied(ORDER, COUNTY.name(), "已协调", false, LocalDate.of(2025, 3, 17), late));
        List<Object> closed = new java.util.ArrayList<>(atCounty());
        closed.add(new WorkerReplied(ORDER, COUNTY.name(), "已协调", false, LocalDate.of(2025, 3, 17), late));
        closed.add(new CallbackRecorded(ORDER, Satisfaction.NOT_SATISFIED, "罚款未退", false, late.plusDays(1)));
        closed.add(new WorkOrderClosed(ORDER, "质检", false, Satisfaction.NOT_SATISFIED, late.plusDays(1)));
        createFixture();
        fixture.given(closed)
                .when(new ReplyToWorker(ORDER, COUNTY.name(), "再次答复", late.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_CLOSED));
        createFixture();
        fixture.given(closed)
                .when(new ReopenWorkOrder(ORDER, PROVINCE.name(), "职工不满意", late.plusDays(2)))
                .expectEvents(new WorkOrderReopened(ORDER, "职工不满意", COUNTY.name(), late.plusDays(2)))
                .expectState(o -> {
                    assertThat(o.isClosed()).isFalse();
                    assertThat(o.holder()).isEqualTo(COUNTY.name());
                });
        createFixture();
        fixture.given(atCounty())
                .when(new ReopenWorkOrder(ORDER, PROVINCE.name(), "?", MONDAY.plusDays(2)))
                .expectException(violation(RuleCode.WORK_ORDER_NOT_CLOSED));
    }

    @Test
    void a_12351_wage_call_becomes_a_wage_case_of_the_body_holding_it() {
        fixture.given(atCounty())
                .when(new ConvertWorkOrderToCase(ORDER, COUNTY.name(), CaseId.of("LD-2025-001"), MONDAY.plusDays(2)))
                .expectEvents(new WorkOrderConvertedToCase(ORDER, COUNTY.name(), CaseId.of("LD-2025-001"), MONDAY.plusDays(2)))
                .expectState(o -> assertThat(o.caseId()).isEqualTo(CaseId.of("LD-2025-001")));
    }

    @Test
    void a_credit_code_whose_check_character_does_not_match_is_refused() {
        assertThat(Employer.isValid("91350100M000100Y43")).isTrue();
        assertThatThrownBy(() -> new Employer("某公司", "91350100M000100Y44")).isInstanceOfSatisfying(CaseRuleViolation.class,
                v -> assertThat(v.code()).isEqualTo(RuleCode.CREDIT_CODE_INVALID));
    }

    static TypeSafeMatcher<CaseRuleViolation> violation(RuleCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CaseRuleViolation v) {
                return v.code() == code;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a case rule violation " + code);
            }
        };
    }

    @Test
    void the_platform_or_the_holder_records_a_contact_about_the_order_and_none_after_the_erasure() {
        fixture.given(received())
                .when(new RecordWorkOrderContact(ORDER, PROVINCE.name(), org.caseledger.core.contact.ContactKind.CALL, "回电核实罚款金额", 8, MONDAY))
                .expectEvents(new WorkOrderContactRecorded(ORDER, PROVINCE.name(), org.caseledger.core.contact.ContactKind.CALL,
                        new org.caseledger.core.kernel.PersonalText("回电核实罚款金额"), 8, MONDAY));
        createFixture();
        fixture.given(received())
                .when(new RecordWorkOrderContact(ORDER, COUNTY.name(), org.caseledger.core.contact.ContactKind.CALL, "回电", 8, MONDAY))
                .expectException(org.caseledger.core.wagecase.WageCaseSpec.violation(RuleCode.WORK_ORDER_NOT_HELD));
        createFixture();
        fixture.given(received(), new WorkerPersonalDataErased(ORDER, "本人申请", MONDAY))
                .when(new RecordWorkOrderContact(ORDER, PROVINCE.name(), org.caseledger.core.contact.ContactKind.NOTE, "备注", 0, MONDAY))
                .expectException(org.caseledger.core.wagecase.WageCaseSpec.violation(RuleCode.PERSONAL_DATA_ALREADY_ERASED));
    }
}
