package org.caseledger.core.supervision;

import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import org.caseledger.core.kernel.InterruptionCause;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** 一函两书 (legal-basis §1): who may issue what to whom, replies, deadlines, escalation warnings. */
class SupervisionLettersTest extends WageCaseSpec {

    static final LetterId REMINDER_1 = LetterId.of("L1");
    static final LetterId OPINION_1 = LetterId.of("L2");
    static final LetterId RECOMMENDATION_1 = LetterId.of("L3");
    static final LocalDate SERVED = LocalDate.of(2025, 6, 9);
    // 15 working days after Monday 2025-06-09 (no holiday in between): Monday 2025-06-30
    static final LocalDate OPINION_DUE = LocalDate.of(2025, 6, 30);

    static IssueSupervisionLetter issue(LetterId id, LetterType type, UnionBody issuer, RecipientKind kind, ObligorId obligor) {
        return new IssueSupervisionLetter(CASE, id, type, "鲁工函〔2025〕" + id, issuer, "主席", kind, obligor,
                "某建设集团有限公司", LetterSubject.WAGES, "拖欠农民工工资", "保障农民工工资支付条例 第三十条", "立即支付", SERVED);
    }

    static SupervisionLetterIssued issued(LetterId id, LetterType type, RecipientKind kind, ObligorId obligor, LocalDate due,
                                          List<CaseWarning> warnings) {
        return new SupervisionLetterIssued(CASE, id, type, "鲁工函〔2025〕" + id, COUNTY_UNION, "主席", kind, obligor,
                "某建设集团有限公司", LetterSubject.WAGES, "拖欠农民工工资", "保障农民工工资支付条例 第三十条", "立即支付", due, warnings, SERVED);
    }

    static SupervisionLetterIssued reminder() {
        return issued(REMINDER_1, LetterType.REMINDER, RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, null, List.of());
    }

    static SupervisionLetterIssued opinion() {
        return issued(OPINION_1, LetterType.OPINION, RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, OPINION_DUE, List.of());
    }

    @Test
    void a_reminder_goes_to_the_general_contractor_without_a_reply_deadline() {
        fixture.given(negotiating())
                .when(issue(REMINDER_1, LetterType.REMINDER, COUNTY_UNION, RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR))
                .expectEvents(reminder(), arbitrationRestarted(InterruptionCause.DEMAND_TO_OBLIGOR, "REMINDER 鲁工函〔2025〕L1", SERVED));
    }

    @Test
    void a_reminder_may_be_published_to_the_public() {
        fixture.given(negotiating())
                .when(issue(REMINDER_1, LetterType.REMINDER, GRASSROOTS_UNION, RecipientKind.PUBLIC, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_opinion_after_a_reminder_is_due_in_fifteen_working_days() {
        fixture.given(plus(negotiating(), reminder()))
                .when(issue(OPINION_1, LetterType.OPINION, COUNTY_UNION, RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR))
                .expectEvents(opinion(), arbitrationRestarted(InterruptionCause.DEMAND_TO_OBLIGOR, "OPINION 鲁工函〔2025〕L2", SERVED));
    }

    @Test
    void an_opinion_without_a_reminder_is_allowed_with_a_warning() {
        fixture.given(negotiating())
                .when(issue(OPINION_1, LetterType.OPINION, COUNTY_UNION, RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR))
                .expectEvents(issued(OPINION_1, LetterType.OPINION, RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, OPINION_DUE,
                        List.of(CaseWarning.OPINION_WITHOUT_REMINDER)), arbitrationRestarted(InterruptionCause.DEMAND_TO_OBLIGOR, "OPINION 鲁工函〔2025〕L2", SERVED));
    }

    @Test
    void a_recommendation_goes_to_a_government_department_from_a_county_union() {
        // 建议书: 5 working days for the department to open a case; 2025-06-09 + 5 WD = 2025-06-16
        fixture.given(plus(negotiating(), opinion(), new SupervisionLetterAnswered(CASE, OPINION_1, ReplyOutcome.REFUSED, null,
                        List.of(), List.of(met(DeadlineKind.LETTER_REPLY, OPINION_1)), SERVED)))
                .when(issue(RECOMMENDATION_1, LetterType.RECOMMENDATION, COUNTY_UNION, RecipientKind.GOVERNMENT_DEPARTMENT, null))
                .expectEvents(issued(RECOMMENDATION_1, LetterType.RECOMMENDATION, RecipientKind.GOVERNMENT_DEPARTMENT, null,
                        LocalDate.of(2025, 6, 16), List.of()), arbitrationRestarted(InterruptionCause.COMPLAINT_TO_AUTHORITY, "RECOMMENDATION 鲁工函〔2025〕L3", SERVED));
    }

    @Test
    void a_recommendation_without_a_failed_opinion_is_allowed_with_a_warning() {
        fixture.given(plus(negotiating(), opinion()))
                .when(issue(RECOMMENDATION_1, LetterType.RECOMMENDATION, COUNTY_UNION, RecipientKind.GOVERNMENT_DEPARTMENT, null))
                .expectEvents(issued(RECOMMENDATION_1, LetterType.RECOMMENDATION, RecipientKind.GOVERNMENT_DEPARTMENT, null,
                        LocalDate.of(2025, 6, 16), List.of(CaseWarning.RECOMMENDATION_WITHOUT_FAILED_OPINION)), arbitrationRestarted(InterruptionCause.COMPLAINT_TO_AUTHORITY, "RECOMMENDATION 鲁工函〔2025〕L3", SERVED));
    }

    @Test
    void a_recommendation_never_goes_to_an_obligor() {
        refusedAsWritten(() -> issue(RECOMMENDATION_1, LetterType.RECOMMENDATION, COUNTY_UNION, RecipientKind.EMPLOYER, EMPLOYER), RuleCode.LETTER_RECIPIENT_NOT_ALLOWED);
    }

    @Test
    void a_recommendation_needs_a_union_at_county_level_or_above() {
        refusedAsWritten(() -> issue(RECOMMENDATION_1, LetterType.RECOMMENDATION, GRASSROOTS_UNION, RecipientKind.GOVERNMENT_DEPARTMENT, null), RuleCode.RECOMMENDATION_NEEDS_COUNTY_UNION);
    }

    @Test
    void an_opinion_never_goes_to_a_government_department() {
        refusedAsWritten(() -> issue(OPINION_1, LetterType.OPINION, COUNTY_UNION, RecipientKind.GOVERNMENT_DEPARTMENT, null), RuleCode.LETTER_RECIPIENT_NOT_ALLOWED);
    }

    @Test
    void a_letter_to_an_obligor_names_an_obligor_of_the_case() {
        fixture.given(negotiating())
                .when(issue(REMINDER_1, LetterType.REMINDER, COUNTY_UNION, RecipientKind.EMPLOYER, ObligorId.of("STRANGER")))
                .expectException(violation(RuleCode.UNKNOWN_OBLIGOR));
    }

    @Test
    void the_recipient_kind_matches_the_obligor_role() {
        fixture.given(negotiating())
                .when(issue(REMINDER_1, LetterType.REMINDER, COUNTY_UNION, RecipientKind.GENERAL_CONTRACTOR, EMPLOYER))
                .expectException(violation(RuleCode.RECIPIENT_NOT_A_PARTY));
    }

    @Test
    void a_public_letter_names_no_obligor() {
        refusedAsWritten(() -> issue(REMINDER_1, LetterType.REMINDER, COUNTY_UNION, RecipientKind.PUBLIC, EMPLOYER), RuleCode.LETTER_RECIPIENT_NOT_ALLOWED);
    }

    @Test
    void letters_are_issued_in_negotiation_arbitration_or_litigation_only() {
        fixture.given(assigned())
                .when(issue(REMINDER_1, LetterType.REMINDER, COUNTY_UNION, RecipientKind.EMPLOYER, EMPLOYER))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }

    @Test
    void a_letter_id_is_used_once() {
        fixture.given(plus(negotiating(), reminder()))
                .when(issue(REMINDER_1, LetterType.REMINDER, COUNTY_UNION, RecipientKind.EMPLOYER, EMPLOYER))
                .expectException(violation(RuleCode.DUPLICATE_LETTER));
    }

    @Test
    void a_reply_in_time_meets_the_reply_deadline() {
        fixture.given(plus(negotiating(), opinion()))
                .when(new RecordLetterReply(CASE, OPINION_1, ReplyOutcome.COMPLIED, "will pay", OPINION_DUE))
                .expectEvents(new SupervisionLetterAnswered(CASE, OPINION_1, ReplyOutcome.COMPLIED, "will pay", List.of(),
                        List.of(met(DeadlineKind.LETTER_REPLY, OPINION_1)), OPINION_DUE));
    }

    @Test
    void a_late_reply_is_recorded_with_a_warning_and_the_deadline_missed() {
        fixture.given(plus(negotiating(), opinion()))
                .when(new RecordLetterReply(CASE, OPINION_1, ReplyOutcome.REFUSED, null, OPINION_DUE.plusDays(1)))
                .expectEvents(new SupervisionLetterAnswered(CASE, OPINION_1, ReplyOutcome.REFUSED, null, List.of(CaseWarning.REPLY_LATE),
                        List.of(missed(DeadlineKind.LETTER_REPLY, OPINION_1)), OPINION_DUE.plusDays(1)));
    }

    @Test
    void a_letter_is_answered_once() {
        fixture.given(plus(negotiating(), opinion(), new SupervisionLetterAnswered(CASE, OPINION_1, ReplyOutcome.COMPLIED, null,
                        List.of(), List.of(), SERVED.plusDays(1))))
                .when(new RecordLetterReply(CASE, OPINION_1, ReplyOutcome.COMPLIED, null, SERVED.plusDays(2)))
                .expectException(violation(RuleCode.LETTER_ALREADY_ANSWERED));
    }

    @Test
    void a_reply_to_an_unknown_letter_is_refused() {
        fixture.given(negotiating())
                .when(new RecordLetterReply(CASE, LetterId.of("L9"), ReplyOutcome.COMPLIED, null, SERVED))
                .expectException(violation(RuleCode.UNKNOWN_LETTER));
    }

    @Test
    void an_unanswered_opinion_goes_overdue_the_day_after_its_due_date() {
        clock.setToday(OPINION_DUE.plusDays(1));
        fixture.given(plus(negotiating(), opinion()))
                .when(new MarkLetterReplyOverdue(CASE, OPINION_1))
                .expectEvents(new SupervisionLetterReplyOverdue(CASE, OPINION_1, OPINION_DUE,
                        List.of(missed(DeadlineKind.LETTER_REPLY, OPINION_1)), OPINION_DUE.plusDays(1)));
    }

    @Test
    void an_opinion_is_not_overdue_on_its_due_date() {
        clock.setToday(OPINION_DUE);
        fixture.given(plus(negotiating(), opinion()))
                .when(new MarkLetterReplyOverdue(CASE, OPINION_1))
                .expectException(violation(RuleCode.DEADLINE_NOT_PASSED));
    }

    @Test
    void marking_an_overdue_letter_again_changes_nothing() {
        clock.setToday(OPINION_DUE.plusDays(3));
        fixture.given(plus(negotiating(), opinion(), new SupervisionLetterReplyOverdue(CASE, OPINION_1, OPINION_DUE, List.of(),
                        OPINION_DUE.plusDays(1))))
                .when(new MarkLetterReplyOverdue(CASE, OPINION_1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_answered_letter_cannot_go_overdue() {
        clock.setToday(OPINION_DUE.plusDays(3));
        fixture.given(plus(negotiating(), opinion(), new SupervisionLetterAnswered(CASE, OPINION_1, ReplyOutcome.COMPLIED, null,
                        List.of(), List.of(), SERVED.plusDays(1))))
                .when(new MarkLetterReplyOverdue(CASE, OPINION_1))
                .expectException(violation(RuleCode.LETTER_ALREADY_ANSWERED));
    }

    @Test
    void a_reminder_without_a_reply_window_cannot_go_overdue() {
        clock.setToday(SERVED.plusYears(1));
        fixture.given(plus(negotiating(), reminder()))
                .when(new MarkLetterReplyOverdue(CASE, REMINDER_1))
                .expectException(violation(RuleCode.LETTER_HAS_NO_REPLY_DUE));
    }

    @Test
    void the_joint_mechanism_is_activated_once() {
        Set<JointPartner> partners = Set.of(JointPartner.COURT, JointPartner.PROCURATORATE,
                JointPartner.HUMAN_RESOURCES_SOCIAL_SECURITY, JointPartner.JUSTICE_BUREAU, JointPartner.OTHER);
        fixture.given(negotiating())
                .when(new ActivateJointMechanism(CASE, partners, SERVED))
                .expectEvents(new JointMechanismActivated(CASE, partners, SERVED));
        createFixture();
        fixture.given(plus(negotiating(), new JointMechanismActivated(CASE, partners, SERVED)))
                .when(new ActivateJointMechanism(CASE, partners, SERVED))
                .expectException(violation(RuleCode.JOINT_MECHANISM_ALREADY_ACTIVE));
    }

    @Test
    void leads_go_to_the_procuratorate_from_a_county_union_only() {
        fixture.given(negotiating())
                .when(new ReferCase(CASE, ReferralTarget.PROCURATORATE, COUNTY_UNION, "uncooperative employer", SERVED))
                .expectEvents(new CaseReferred(CASE, ReferralTarget.PROCURATORATE, COUNTY_UNION, "uncooperative employer", SERVED),
                        arbitrationRestarted(InterruptionCause.COMPLAINT_TO_AUTHORITY, "referral to PROCURATORATE", SERVED));
        refusedAsWritten(() -> new ReferCase(CASE, ReferralTarget.PROCURATORATE, GRASSROOTS_UNION, "uncooperative employer", SERVED), RuleCode.REFERRAL_NEEDS_COUNTY_UNION);
    }

    @Test
    void an_opinion_received_on_2026_12_28_is_due_on_2027_01_19_and_provisional_until_2027_is_published() {
        // 浙江条例 arts. 21-22: 15 working days from receipt; 2027-01-01 (元旦) is a holiday by law whatever the 调休
        LocalDate issued = LocalDate.of(2026, 12, 24);
        LocalDate received = LocalDate.of(2026, 12, 28);
        clock.setToday(received);
        SupervisionLetterIssued opinion = new SupervisionLetterIssued(CASE, OPINION_1, LetterType.OPINION, "鲁工函〔2026〕L2", COUNTY_UNION,
                "主席", RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, "某建设集团有限公司", LetterSubject.WAGES, "拖欠农民工工资",
                "保障农民工工资支付条例 第三十条", "立即支付", CALENDAR.plusWorkingDays(issued, 15), List.of(), issued);
        fixture.given(plus(negotiating(), opinion))
                .when(new RecordLetterServed(CASE, OPINION_1, received))
                .expectEvents(new SupervisionLetterServed(CASE, OPINION_1, LocalDate.of(2027, 1, 19),
                        List.of(cancelled(DeadlineKind.LETTER_REPLY, OPINION_1)), received))
                .expectState(c -> assertThat(c.letters().letter(OPINION_1).replyDue()).isEqualTo(LocalDate.of(2027, 1, 19)));
        assertThat(CALENDAR.isProvisional(LocalDate.of(2027, 1, 19))).isTrue();
    }

    @Test
    void a_letter_is_not_received_before_it_is_issued() {
        fixture.given(plus(negotiating(), opinion()))
                .when(new RecordLetterServed(CASE, OPINION_1, SERVED.minusDays(1)))
                .expectException(violation(RuleCode.DATE_BEFORE_FILING));
    }
}
