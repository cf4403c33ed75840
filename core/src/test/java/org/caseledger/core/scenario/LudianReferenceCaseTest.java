package org.caseledger.core.scenario;

import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.money.ClaimantBalance;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.intake.*;
import org.caseledger.core.money.*;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.limitation.LimitationInterrupted;
import org.caseledger.core.limitation.LimitationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 鲁甸 — "一函两书": five construction workers, a labour subcontractor and a general contractor; a broken
 * mediation promise, re-verification from ¥84,854 to ¥74,854, a 提示函 to the general contractor on the
 * spot, its broken promise, a 意见书 and the joint mechanism, then payment in full. Days marked ~ in the
 * domain guide are illustrative test data.
 */
public class LudianReferenceCaseTest {

    static final org.caseledger.core.deadline.WorkingDayCalendar CALENDAR = org.caseledger.core.wagecase.WageCaseSpec.CALENDAR;

    static final CaseId CASE = CaseId.of("LD-2025-001");
    static final UnionBody COUNTY_UNION = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));
    static final ObligorId SUBCONTRACTOR = ObligorId.of("LD-LABOUR-CO");
    static final ObligorId CONTRACTOR = ObligorId.of("LD-GENERAL-CONTRACTOR");
    static final List<String> OWED = List.of("19870", "17650", "16934", "15600", "14800");
    static final List<String> VERIFIED = List.of("17870", "15650", "14934", "13600", "12800");

    static ClaimantId worker(int i) {
        return ClaimantId.of("LD-W" + (i + 1));
    }

    static List<ClaimantAmount> verified() {
        return IntStream.range(0, 5).mapToObj(i -> new ClaimantAmount(worker(i), Money.ofYuan(VERIFIED.get(i)))).toList();
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    @Test
    void the_ludian_case_replays_from_claim_to_paid_in_full() {
        run();
    }

    /**
     * Sends the case's commands one by one, checking each step; the scenario then holds every command sent and
     * every event appended, in order (the read-model and HTTP tests replay them).
     */
    public static CaseScenario run() {
        CaseScenario scenario = new CaseScenario();
        List<NewClaimant> claimants = IntStream.range(0, 5).mapToObj(i -> {
            String first17 = String.format("53062119750505%03d", i + 1);
            return new NewClaimant(worker(i), new PersonalData("工人" + (i + 1), first17 + PersonalData.checkDigit(first17), null),
                    Money.ofYuan(OWED.get(i)));
        }).toList();

        // ~2025-03-10 the claim reaches the county union: ¥84,854 unpaid on leaving the project (~2025-01-20)
        var filed = scenario.on(day(3, 10), new FileWageClaim(CASE, COUNTY_UNION, "construction", Channel.HOTLINE_12351, "12351-LD-0310",
                claimants, List.of(new Obligor(SUBCONTRACTOR, "某劳务有限公司", ObligorRole.LABOUR_SUBCONTRACTOR),
                        new Obligor(CONTRACTOR, "某建设集团有限公司", ObligorRole.GENERAL_CONTRACTOR)), true, day(1, 20), day(3, 10)));
        assertThat(filed.after().ledger().totalClaimed().fen()).isEqualTo(8_485_400L);
        scenario.on(day(3, 11), new GrantLegalAid(CASE, day(3, 11)));
        scenario.on(day(3, 11), new AssignLegalOfficer(CASE, "ld-officer", "鲁甸县总工会法律援助工作者", day(3, 11)));

        // ~2025-03-20 online mediation: the labour subcontractor promises ¥74,854 by 2025-04-30
        scenario.on(day(3, 20), new HoldCoordinationMeeting(CASE, MeetingFormat.ONLINE, List.of("LD-LABOUR-CO"),
                "subcontractor agrees to pay ¥74,854", day(3, 20)));
        var agreed = scenario.on(day(3, 20), new RecordMediationAgreement(CASE, PromiseId.of("LD-P1"), SUBCONTRACTOR, verified(),
                day(4, 30), "workers accept ¥74,854 in settlement", day(3, 20)));
        assertThat(agreed.after().ledger().total(ClaimantBalance::target).fen()).isEqualTo(7_485_400L);
        // 劳动争议调解仲裁法 art. 27 ¶2: the subcontractor agreeing to pay restarts every worker's year from 2025-03-20
        // (until then it ran from the end of employment, 2025-01-20, to 2026-01-20)
        assertThat(filed.after().limitations().earliestLastDay(LimitationKind.ARBITRATION, CALENDAR)).contains(LocalDate.of(2026, 1, 20));
        assertThat(agreed.only(LimitationInterrupted.class).cause()).isEqualTo(InterruptionCause.OBLIGOR_AGREED_TO_PAY);
        assertThat(agreed.only(LimitationInterrupted.class).claimantIds()).hasSize(5);
        assertThat(agreed.after().limitations().earliestLastDay(LimitationKind.ARBITRATION, CALENDAR)).contains(LocalDate.of(2026, 3, 20));

        // the promise is broken (the general contractor had not paid the subcontractor)
        var broken1 = scenario.on(day(5, 1), new MarkPaymentPromiseBroken(CASE, PromiseId.of("LD-P1")));
        assertThat(broken1.only(PaymentPromiseBroken.class).occurredOn()).isEqualTo(day(5, 1));

        // ~2025-05-08 first coordination meeting; quantities and unit prices re-verified: amounts become ¥74,854
        scenario.on(day(5, 8), new HoldCoordinationMeeting(CASE, MeetingFormat.IN_PERSON, List.of("LD-LABOUR-CO", "LD-GENERAL-CONTRACTOR"),
                "subcontractor blames missing project funds; general contractor says it paid per the roster", day(5, 8)));
        for (int i = 0; i < 5; i++) {
            var revised = scenario.on(day(5, 15), new ReviseClaimAmount(CASE, worker(i), Money.ofYuan(VERIFIED.get(i)),
                    "核定: work quantity and unit prices re-verified", day(5, 15)));
            assertThat(revised.only(ClaimAmountRevised.class).previous()).isEqualTo(Money.ofYuan(OWED.get(i)));
        }

        // 2025-05-21 second meeting; a 提示函 issued on the spot to the general contractor
        scenario.on(day(5, 21), new HoldCoordinationMeeting(CASE, MeetingFormat.IN_PERSON, List.of("LD-GENERAL-CONTRACTOR"),
                "reminder letter served; contractor promises payment by 2025-05-30", day(5, 21)));
        var reminder = scenario.on(day(5, 21), new IssueSupervisionLetter(CASE, LetterId.of("LD-L1"), LetterType.REMINDER,
                "鲁工提〔2025〕1号", COUNTY_UNION, "鲁甸县总工会主席", RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, "某建设集团有限公司",
                LetterSubject.WAGES, "拖欠五名农民工工资¥74,854", "保障农民工工资支付条例 第三十条", "先行清偿农民工工资", day(5, 21)));
        assertThat(reminder.only(SupervisionLetterIssued.class).replyDue()).isNull();
        assertThat(reminder.only(LimitationInterrupted.class).cause()).isEqualTo(InterruptionCause.DEMAND_TO_OBLIGOR);
        var promised = scenario.on(day(5, 21), new RecordPaymentPromise(CASE, PromiseId.of("LD-P2"), CONTRACTOR, Money.ofYuan("74854"),
                day(5, 30), day(5, 21)));
        // the general contractor's promise restarts the year again: it now runs to 2026-05-21
        assertThat(promised.only(LimitationInterrupted.class).cause()).isEqualTo(InterruptionCause.OBLIGOR_AGREED_TO_PAY);
        assertThat(promised.only(LimitationInterrupted.class).restartsFrom()).isEqualTo(day(5, 21));
        assertThat(promised.after().limitations().earliestLastDay(LimitationKind.ARBITRATION, CALENDAR)).contains(LocalDate.of(2026, 5, 21));
        assertThat(promised.after().deadlines().find(DeadlineKind.ARBITRATION_LIMITATION, CASE)).get()
                .extracting(org.caseledger.core.kernel.Deadline::dueOn).isEqualTo(LocalDate.of(2026, 5, 21));

        // the general contractor breaks its promise
        var broken2 = scenario.on(day(6, 3), new MarkPaymentPromiseBroken(CASE, PromiseId.of("LD-P2")));
        assertThat(broken2.only(PaymentPromiseBroken.class).occurredOn()).isEqualTo(day(5, 31));

        // 2025-06-09 a 意见书 (reply due in 15 working days) and the joint mechanism
        var opinion = scenario.on(day(6, 9), new IssueSupervisionLetter(CASE, LetterId.of("LD-L2"), LetterType.OPINION,
                "鲁工意〔2025〕1号", COUNTY_UNION, "鲁甸县总工会主席", RecipientKind.GENERAL_CONTRACTOR, CONTRACTOR, "某建设集团有限公司",
                LetterSubject.WAGES, "承诺2025-05-30前支付未履行", "保障农民工工资支付条例 第三十条; 工会法 第二十三条", "立即足额支付", day(6, 9)));
        assertThat(opinion.only(SupervisionLetterIssued.class).replyDue()).isEqualTo(day(6, 30));
        assertThat(opinion.only(SupervisionLetterIssued.class).warnings()).isEmpty();
        assertThat(opinion.after().limitations().earliestLastDay(LimitationKind.ARBITRATION, CALENDAR)).contains(LocalDate.of(2026, 6, 9));
        scenario.on(day(6, 9), new ActivateJointMechanism(CASE, Set.of(JointPartner.COURT, JointPartner.PROCURATORATE,
                JointPartner.HUMAN_RESOURCES_SOCIAL_SECURITY, JointPartner.JUSTICE_BUREAU, JointPartner.OTHER), day(6, 9)));

        // 2025-06-17 ¥74,854 paid in full to the workers (the contractor paying for its subcontractor)
        var paid = scenario.on(day(6, 17), new RecordPayment(CASE, PaymentId.of("LD-PAY-1"), CONTRACTOR,
                PaymentChannel.CONTRACTOR_ON_BEHALF, Money.ofYuan("74854"), verified(), day(6, 17)));
        // both promises were already broken: nothing to keep; paid in full, no limitation left to restart
        assertThat(paid.events()).hasSize(1);
        // payment in full is the rectification the opinion demanded: recorded as its reply
        var reply = scenario.on(day(6, 17), new RecordLetterReply(CASE, LetterId.of("LD-L2"), ReplyOutcome.COMPLIED,
                "paid in full", day(6, 17)));
        assertThat(reply.only(SupervisionLetterAnswered.class).deadlinesClosed()).singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo(DeadlineKind.LETTER_REPLY + ":LD-L2"));
        for (int i = 0; i < 5; i++) {
            scenario.on(day(6, 17), new DisburseToClaimant(CASE, worker(i), Money.ofYuan(VERIFIED.get(i)), day(6, 17)));
        }
        var closed = scenario.on(day(6, 17), new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, day(6, 17)));

        assertThat(closed.after().stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(closed.only(CaseClosed.class).closedInStage()).isEqualTo(CaseStage.NEGOTIATION);
        assertThat(closed.after().ledger().totalReceived().fen()).isEqualTo(7_485_400L);
        assertThat(closed.after().ledger().totalDisbursed().fen()).isEqualTo(7_485_400L);
        List<Object> history = scenario.history();
        assertThat(history).filteredOn(PaymentPromiseBroken.class::isInstance).hasSize(2);
        assertThat(history).filteredOn(LimitationInterrupted.class::isInstance)
                .extracting(e -> ((LimitationInterrupted) e).restartsFrom())
                .containsExactly(day(3, 20), day(5, 21), day(5, 21), day(6, 9));
        assertThat(history).filteredOn(ClaimAmountRevised.class::isInstance)
                .extracting(e -> ((ClaimAmountRevised) e).previous().fen()).containsExactly(1_987_000L, 1_765_000L, 1_693_400L,
                        1_560_000L, 1_480_000L);
        assertThat(history).filteredOn(SupervisionLetterIssued.class::isInstance)
                .extracting(e -> ((SupervisionLetterIssued) e).letterType(), e -> ((SupervisionLetterIssued) e).recipientKind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LetterType.REMINDER, RecipientKind.GENERAL_CONTRACTOR),
                        org.assertj.core.groups.Tuple.tuple(LetterType.OPINION, RecipientKind.GENERAL_CONTRACTOR));
        assertThat(history).filteredOn(SupervisionLetterIssued.class::isInstance)
                .allSatisfy(e -> assertThat(((SupervisionLetterIssued) e).warnings()).doesNotContain(CaseWarning.OPINION_WITHOUT_REMINDER));
        assertThat(history).noneMatch(e -> e instanceof org.caseledger.core.litigation.ArbitrationApplied
                || e instanceof org.caseledger.core.litigation.LawsuitFiled);
        scenario.assertEveryEventRoundTripsThroughJson();
        return scenario;
    }
}
