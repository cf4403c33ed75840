package org.caseledger.core.supervision;

import org.caseledger.core.kernel.CaseRuleViolation;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.litigation.ApplyForArbitration;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 监督事项 without a wage claim, the 永川 road: a 12351 call about a company's hiring standards (women asked to promise
 * not to have children for three years) → a matter of 定点监督 about that company → 提示函 → served → the company
 * revises its rules → closed as 整改到位. The case's letters are used as they are; what a matter may not take (a wage
 * claim's steps) is refused, and so is a closing that is not a matter's.
 */
class SupervisionMatterTest extends WageCaseSpec {

    static final UnionBody YONGCHUAN = new UnionBody("永川区总工会", UnionLevel.COUNTY, RegionCode.of("500118"));
    static final ObligorId COMPANY = ObligorId.of("E1");
    static final LocalDate OPENED = LocalDate.of(2025, 4, 7);
    static final ConcernedEmployer ELECTRONICS = new ConcernedEmployer(COMPANY, "重庆某电子有限公司", null);
    static final String FACTS = "招聘简章要求女性应聘者承诺三年内不生育";

    static OpenSupervisionMatter open() {
        return new OpenSupervisionMatter(CASE, YONGCHUAN, SupervisionMode.TARGETED, LetterSubject.FEMALE_WORKERS, List.of(ELECTRONICS),
                FACTS, "YC-WO-0407", OPENED);
    }

    static SupervisionMatterOpened opened() {
        return new SupervisionMatterOpened(CASE, YONGCHUAN, SupervisionMode.TARGETED, LetterSubject.FEMALE_WORKERS, List.of(ELECTRONICS),
                FACTS, "YC-WO-0407", OPENED);
    }

    static IssueSupervisionLetter reminder() {
        return new IssueSupervisionLetter(CASE, LetterId.of("L1"), LetterType.REMINDER, "永工函〔2025〕3号", YONGCHUAN, "主席",
                RecipientKind.EMPLOYER, COMPANY, "重庆某电子有限公司", LetterSubject.FEMALE_WORKERS, FACTS,
                "妇女权益保障法 第四十三条；就业促进法 第二十七条", "删除招聘简章中限制女职工生育的条件", OPENED.plusDays(1));
    }

    @Test
    void a_matter_is_opened_in_negotiation_with_its_employer_as_the_party_its_letters_name() {
        fixture.givenNoPriorActivity()
                .when(open())
                .expectEvents(opened())
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(CaseStage.NEGOTIATION);
                    assertThat(c.matter().isMatter()).isTrue();
                    assertThat(c.parties().obligors()).containsKey(COMPANY);
                });
    }

    @Test
    void the_yongchuan_road_reminder_served_rectified_closed() {
        // no wage claim, so no limitation to interrupt: the letter alone is recorded
        fixture.given(opened())
                .when(reminder())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SupervisionLetterIssued(CASE, LetterId.of("L1"), LetterType.REMINDER, "永工函〔2025〕3号", YONGCHUAN, "主席",
                        RecipientKind.EMPLOYER, COMPANY, "重庆某电子有限公司", LetterSubject.FEMALE_WORKERS, FACTS,
                        "妇女权益保障法 第四十三条；就业促进法 第二十七条", "删除招聘简章中限制女职工生育的条件", null, List.of(), OPENED.plusDays(1)));
        createFixture();
        SupervisionLetterIssued issued = new SupervisionLetterIssued(CASE, LetterId.of("L1"), LetterType.REMINDER, "永工函〔2025〕3号",
                YONGCHUAN, "主席", RecipientKind.EMPLOYER, COMPANY, "重庆某电子有限公司", LetterSubject.FEMALE_WORKERS, FACTS,
                "妇女权益保障法 第四十三条；就业促进法 第二十七条", "删除招聘简章中限制女职工生育的条件", null, List.of(), OPENED.plusDays(1));
        SupervisionLetterAnswered rectified = new SupervisionLetterAnswered(CASE, LetterId.of("L1"), ReplyOutcome.COMPLIED,
                "已修订招聘简章，删除限制生育条件", List.of(), List.of(), OPENED.plusDays(10));
        fixture.given(opened(), issued)
                .when(new RecordLetterReply(CASE, LetterId.of("L1"), ReplyOutcome.COMPLIED, "已修订招聘简章，删除限制生育条件", OPENED.plusDays(10)))
                .expectEvents(rectified);
        createFixture();
        fixture.given(opened(), issued, rectified)
                .when(new CloseCase(CASE, CloseReason.RECTIFIED, "整改到位", OPENED.plusDays(12)))
                .expectEvents(new CaseClosed(CASE, CloseReason.RECTIFIED, "整改到位", CaseStage.NEGOTIATION, List.of(), OPENED.plusDays(12)));
    }

    @Test
    void a_matter_takes_no_wage_claims_steps_and_closes_only_as_a_matter_does() {
        fixture.given(opened())
                .when(new ApplyForArbitration(CASE, "永川区劳动人事争议仲裁委员会", OPENED.plusDays(1), RegionCode.of("500118"), null))
                .expectException(violation(RuleCode.NOT_A_WAGE_CASE));
        createFixture();
        fixture.given(opened())
                .when(new CloseCase(CASE, CloseReason.PAID_IN_FULL, "?", OPENED.plusDays(1)))
                .expectException(violation(RuleCode.CLOSE_REASON_NOT_FOR_THIS_CASE));
    }

    @Test
    void a_wage_case_never_closes_as_rectified() {
        fixture.given(filed())
                .when(new CloseCase(CASE, CloseReason.RECTIFIED, "?", FILED.plusDays(1)))
                .expectException(violation(RuleCode.CLOSE_REASON_NOT_FOR_THIS_CASE));
    }

    @Test
    void targeted_supervision_concerns_one_employer_a_public_notice_many() {
        assertThatThrownBy(() -> new OpenSupervisionMatter(CASE, YONGCHUAN, SupervisionMode.TARGETED, LetterSubject.OVERTIME,
                List.of(ELECTRONICS, new ConcernedEmployer(ObligorId.of("E2"), "重庆某机械有限公司", null)), "加班", null, OPENED))
                .isInstanceOfSatisfying(CaseRuleViolation.class, v -> assertThat(v.code()).isEqualTo(RuleCode.TARGETED_SUPERVISION_ONE_EMPLOYER));
        fixture.givenNoPriorActivity()
                .when(new OpenSupervisionMatter(CASE, YONGCHUAN, SupervisionMode.PUBLIC_NOTICE, LetterSubject.OVERTIME,
                        List.of(ELECTRONICS, new ConcernedEmployer(ObligorId.of("E2"), "重庆某机械有限公司", null)), "园区企业高温天气安排加班", null, OPENED))
                .expectSuccessfulHandlerExecution();
    }
}
