package org.caseledger.core.scenario;

import org.caseledger.core.intake.*;
import org.caseledger.core.kernel.*;
import org.caseledger.core.limitation.LimitationInterrupted;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.caseledger.core.negotiation.MeetingFormat;
import org.caseledger.core.supervision.*;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.CloseReason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A construction case with three obligors answering in three ways (保障农民工工资支付条例): four migrant workers hired by a
 * crew leader (包工头) to whom the general contractor subcontracted the labour, so the contractor clears the wages
 * (arts. 30, 36); the construction unit (建设单位) advances them up to the project funds it has not settled (art. 29 ¶2);
 * and when the contractor refuses the union's 意见书, the labour bureau pays the rest from the contractor's wage deposit
 * (arts. 32-33) on the union's 建议书. The days and amounts are illustrative test data.
 */
public class ConstructionCaseTest {

    static final CaseId CASE = CaseId.of("LD-2025-002");
    static final UnionBody COUNTY_UNION = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));
    static final ObligorId CREW = ObligorId.of("LD2-CREW");
    static final ObligorId CONTRACTOR = ObligorId.of("LD2-GC");
    static final ObligorId OWNER = ObligorId.of("LD2-OWNER");
    static final List<String> OWED = List.of("18000", "16500", "15000", "12500");
    /** What the construction unit advanced: its ¥30,000 of unsettled project funds, shared in proportion. */
    static final List<String> FROM_OWNER = List.of("8710", "7984", "7258", "6048");

    static ClaimantId worker(int i) {
        return ClaimantId.of("LD2-W" + (i + 1));
    }

    static List<ClaimantAmount> amounts(List<String> yuan) {
        return IntStream.range(0, yuan.size()).mapToObj(i -> new ClaimantAmount(worker(i), Money.ofYuan(yuan.get(i)))).toList();
    }

    static List<ClaimantAmount> rest() {
        return IntStream.range(0, OWED.size()).mapToObj(i -> new ClaimantAmount(worker(i),
                Money.ofYuan(OWED.get(i)).minus(Money.ofYuan(FROM_OWNER.get(i))))).toList();
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    @Test
    void the_construction_unit_the_contractor_and_the_wage_deposit_each_pay_their_part() {
        run();
    }

    public static CaseScenario run() {
        CaseScenario scenario = new CaseScenario();
        List<NewClaimant> claimants = IntStream.range(0, OWED.size()).mapToObj(i -> {
            String first17 = String.format("53062119780808%03d", i + 1);
            return new NewClaimant(worker(i), new PersonalData("农民工" + (i + 1), first17 + PersonalData.checkDigit(first17), null),
                    Money.ofYuan(OWED.get(i)));
        }).toList();

        // 2025-08-04: the crew leader left the site on 07-20 owing ¥62,000; the cap of the construction unit is not known yet
        var filed = scenario.on(day(8, 4), new FileWageClaim(CASE, COUNTY_UNION, "construction", Channel.HOTLINE_12351, "12351-LD-0804",
                claimants, List.of(new Obligor(CREW, "某劳务班组（包工头）", ObligorRole.CREW_LEADER),
                        new Obligor(CONTRACTOR, "某建工集团有限公司", ObligorRole.GENERAL_CONTRACTOR),
                        new Obligor(OWNER, "某置业有限公司", ObligorRole.CONSTRUCTION_UNIT)), true, day(7, 20), day(8, 4)));
        assertThat(filed.after().parties().obligor(OWNER, "o").liability()).isEqualTo(LiabilityKind.CAPPED);
        // 条例 art. 29 ¶2: no cap recorded yet means its share is not yet shown, not the whole amount
        assertThat(filed.after().liabilities().owedBy(OWNER, filed.after().ledger().totalOutstanding()).fen()).isZero();
        scenario.on(day(8, 4), new GrantLegalAid(CASE, day(8, 4)));
        scenario.on(day(8, 5), new AssignLegalOfficer(CASE, "ld-officer", "鲁甸县总工会法律援助工作者", day(8, 5)));

        // 08-06 all three at the table: the construction unit owes ¥30,000 of project funds to the contractor
        scenario.on(day(8, 6), new HoldCoordinationMeeting(CASE, MeetingFormat.IN_PERSON, List.of("LD2-CREW", "LD2-GC", "LD2-OWNER"),
                "owner admits ¥30,000 unsettled; contractor blames the crew leader", day(8, 6)));
        var capped = scenario.on(day(8, 6), new RecordObligorLiability(CASE, OWNER, LiabilityKind.CAPPED, Money.ofYuan("30000"),
                "工程款结算：尚欠总包¥30,000（保障农民工工资支付条例第29条）", day(8, 6)));
        assertThat(capped.after().liabilities().owedBy(OWNER, capped.after().ledger().totalOutstanding()).fen()).isEqualTo(3_000_000L);
        scenario.on(day(8, 6), new IssueSupervisionLetter(CASE, LetterId.of("LD2-L1"), LetterType.REMINDER, "鲁工提〔2025〕7号", COUNTY_UNION,
                "鲁甸县总工会主席", RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, "某建工集团有限公司", LetterSubject.WAGES,
                "将劳务分包给不具备用工主体资格的包工头，拖欠四名农民工工资¥62,000", "保障农民工工资支付条例 第三十条、第三十六条",
                "先行清偿农民工工资", day(8, 6)));

        // 08-08 the construction unit advances its ¥30,000: all it can be made to pay
        var fromOwner = scenario.on(day(8, 8), new RecordPayment(CASE, PaymentId.of("LD2-PAY-1"), OWNER, PaymentChannel.DIRECT,
                Money.ofYuan("30000"), amounts(FROM_OWNER), day(8, 8)));
        assertThat(fromOwner.after().liabilities().owedBy(OWNER, fromOwner.after().ledger().totalOutstanding())).isEqualTo(Money.ZERO);
        assertThat(fromOwner.after().liabilities().owedBy(CONTRACTOR, fromOwner.after().ledger().totalOutstanding()).fen()).isEqualTo(3_200_000L);
        assertThat(fromOwner.only(LimitationInterrupted.class).claimantIds()).hasSize(4);

        // the contractor ignores the reminder and refuses the 意见书
        var opinion = scenario.on(day(8, 20), new IssueSupervisionLetter(CASE, LetterId.of("LD2-L2"), LetterType.OPINION, "鲁工意〔2025〕4号",
                COUNTY_UNION, "鲁甸县总工会主席", RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, "某建工集团有限公司", LetterSubject.WAGES,
                "提示函后仍未清偿¥32,000", "保障农民工工资支付条例 第三十条、第三十六条", "十五个工作日内清偿", day(8, 20)));
        assertThat(opinion.only(SupervisionLetterIssued.class).warnings()).isEmpty();
        scenario.on(day(8, 25), new RecordLetterReply(CASE, LetterId.of("LD2-L2"), ReplyOutcome.REFUSED, "称应由包工头负责", day(8, 25)));
        var recommendation = scenario.on(day(8, 26), new IssueSupervisionLetter(CASE, LetterId.of("LD2-L3"), LetterType.RECOMMENDATION,
                "鲁工建〔2025〕2号", COUNTY_UNION, "鲁甸县总工会主席", RecipientKind.GOVERNMENT_DEPARTMENT, null, "鲁甸县人力资源和社会保障局",
                LetterSubject.WAGES, "总包拒不清偿¥32,000", "保障农民工工资支付条例 第三十二条、第三十三条", "动用工资保证金支付", day(8, 26)));
        assertThat(recommendation.only(SupervisionLetterIssued.class).warnings()).isEmpty();

        // 09-05 the labour bureau pays the rest from the contractor's wage deposit
        var fromDeposit = scenario.on(day(9, 5), new RecordPayment(CASE, PaymentId.of("LD2-PAY-2"), CONTRACTOR, PaymentChannel.WAGE_DEPOSIT,
                "鲁甸县人力资源和社会保障局", Money.ofYuan("32000"), rest(), day(9, 5)));
        assertThat(fromDeposit.only(PaymentReceived.class).payerName()).isEqualTo("鲁甸县人力资源和社会保障局");
        assertThat(fromDeposit.events()).noneMatch(LimitationInterrupted.class::isInstance); // the state paid, not the obligor
        assertThat(fromDeposit.after().ledger().totalOutstanding()).isEqualTo(Money.ZERO);
        assertThat(fromDeposit.after().liabilities().paidBy(OWNER).fen()).isEqualTo(3_000_000L);
        assertThat(fromDeposit.after().liabilities().paidBy(CONTRACTOR).fen()).isEqualTo(3_200_000L);
        scenario.on(day(9, 5), new RecordLetterReply(CASE, LetterId.of("LD2-L3"), ReplyOutcome.COMPLIED, "已动用工资保证金支付", day(9, 5)));
        for (int i = 0; i < OWED.size(); i++) {
            scenario.on(day(9, 8), new DisburseToClaimant(CASE, worker(i), Money.ofYuan(OWED.get(i)), day(9, 8)));
        }
        var closed = scenario.on(day(9, 8), new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, day(9, 8)));
        assertThat(closed.only(CaseClosed.class).closedInStage()).isEqualTo(CaseStage.NEGOTIATION);
        assertThat(closed.after().ledger().totalDisbursed().fen()).isEqualTo(6_200_000L);
        scenario.assertEveryEventRoundTripsThroughJson();
        return scenario;
    }
}
