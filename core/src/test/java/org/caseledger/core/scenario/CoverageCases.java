package org.caseledger.core.scenario;

import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.UnionLevel;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.lifecycle.ReopenCase;
import org.caseledger.core.authority.*;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.caseledger.core.limitation.EndLimitationSuspension;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.limitation.LimitationKind;
import org.caseledger.core.limitation.RecordLimitationInterruption;
import org.caseledger.core.limitation.RecordLimitationSuspension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Made-up cases that, with 平凉, 鲁甸, 大武口 and the construction case, take every road the engine knows, so that
 * together they append every event type: arbitration to enforcement with a terminated and resumed round and an
 * unallocated payment; a refused case reopened; a broken mediation agreement through a payment order, a suit, a
 * judgment and an appeal; a payment order on plain arrears ended by objection and the way back to arbitration with an
 * extended award period; the commission's refusal and a suit; a 司法确认 the court refused; a final award the employer
 * had set aside, and the worker's suit after it; late interest computed and collected after the debt; an order to pay,
 * the referral to the police and their decision, the listing for serious arrears; property preserved before the
 * arbitration and wages ordered paid in advance. They are test data (not
 * reported cases); the old-store fixture is written from them.
 */
public class CoverageCases {

    static final UnionBody COUNTY = new UnionBody("鲁甸县总工会", UnionLevel.COUNTY, RegionCode.of("530621"));
    static final ObligorId EMPLOYER = ObligorId.of("CV-EMP");
    static final ClaimantId W1 = ClaimantId.of("CV-W1");
    static final ClaimantId W2 = ClaimantId.of("CV-W2");

    @Test
    void together_with_the_reference_cases_every_event_type_is_appended() {
        Set<String> appended = new TreeSet<>();
        List<CaseScenario> all = new ArrayList<>(run());
        all.add(PingliangReferenceCaseTest.run());
        all.add(LudianReferenceCaseTest.run());
        all.add(DawukouReferenceCaseTest.run());
        all.add(ConstructionCaseTest.run());
        all.forEach(s -> s.history().forEach(e -> appended.add(e.getClass().getSimpleName())));
        assertThat(appended).isEqualTo(eventTypes());
    }

    /** Every concrete event type of core, by simple name. */
    static Set<String> eventTypes() {
        return eventClasses().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every concrete event type of core, found from the compiled classes. */
    public static Set<Class<?>> eventClasses() {
        Path root = Path.of("target/classes/org/caseledger/core");
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replace(".class", ""))
                    .map(name -> {
                        try {
                            return Class.forName("org.caseledger.core." + name);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(c -> WageCaseEvent.class.isAssignableFrom(c) && !c.isInterface())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CaseScenario> run() {
        return List.of(arbitrationToEnforcement(), refusedAndReopened(), paymentOrderToAppeal(), paymentOrderBackToArbitration(),
                arbitrationRefusedThenSuit(), confirmationRefused(), finalAwardSetAside(), lateInterestCollected(),
                criminalTrack(), protectedAndAdvanced(), awardSuedThenWithdrawn(), awardInInstalmentsNotEnforced(), supervisionMatterRectified(),
                inspectorateRoad());
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    /** A case filed on {@code on}, legal aid granted the same day and the officer assigned the next. */
    static CaseScenario assigned(CaseId id, LocalDate on) {
        CaseScenario s = new CaseScenario();
        s.on(on, filing(id, on));
        s.on(on, new GrantLegalAid(id, on));
        s.on(on.plusDays(1), new AssignLegalOfficer(id, "cv-officer", "测试法律援助工作者", on.plusDays(1)));
        return s;
    }

    static FileWageClaim filing(CaseId id, LocalDate on) {
        return new FileWageClaim(id, COUNTY, "construction", Channel.HOTLINE_12351, null,
                List.of(new NewClaimant(W1, new PersonalData("测试工人甲", null, null), Money.ofFen(100_000))),
                List.of(new Obligor(EMPLOYER, "某测试建筑劳务有限公司", ObligorRole.EMPLOYER)), true, on.minusDays(14), on);
    }

    static CaseScenario arbitrationToEnforcement() {
        CaseId id = CaseId.of("CV-ARB-1");
        CaseScenario s = new CaseScenario();
        s.on(day(2, 3), filing(id, day(2, 3)));
        s.on(day(2, 4), new AddClaimant(id, new NewClaimant(W2, new PersonalData("测试工人乙", null, null), Money.ofFen(50_000)), day(2, 4)));
        s.on(day(2, 4), new GrantLegalAid(id, day(2, 4)));
        s.on(day(2, 5), new AssignLegalOfficer(id, "cv-officer", "测试法律援助工作者", day(2, 5)));
        s.on(day(2, 6), new HoldCoordinationMeeting(id, MeetingFormat.IN_PERSON, List.of("CV-EMP"), "employer asks for time", day(2, 6)));
        s.on(day(2, 10), new IssueSupervisionLetter(id, LetterId.of("CV-L1"), LetterType.OPINION, "鲁工意〔2025〕9号", COUNTY, "主席",
                RecipientKind.EMPLOYER, EMPLOYER, "某测试建筑劳务有限公司", LetterSubject.WAGES, "two workers unpaid since 2024-12",
                "劳动法 art. 88", "pay the wages owed", day(2, 10)));
        // received two days later: its 15 working days run from 2025-02-12 (浙江条例 arts. 21-22)
        s.on(day(2, 12), new RecordLetterServed(id, LetterId.of("CV-L1"), day(2, 12)));
        s.on(day(2, 20), new RecordLimitationSuspension(id, LimitationKind.ARBITRATION, "flood: the workers could not reach the union", day(2, 20)));
        s.on(day(2, 25), new EndLimitationSuspension(id, LimitationKind.ARBITRATION, day(2, 25)));
        s.on(day(3, 1), new RecordLimitationInterruption(id, LimitationKind.ARBITRATION, InterruptionCause.DEMAND_TO_OBLIGOR, List.of(W2),
                "W2's own registered letter to the employer", day(3, 1)));
        s.on(day(3, 10), new MarkLetterReplyOverdue(id, LetterId.of("CV-L1")));
        s.on(day(3, 11), new ReferCase(id, ReferralTarget.LABOUR_INSPECTION, COUNTY, "no reply to the 意见书", day(3, 11)));
        s.on(day(3, 20), new ApplyForArbitration(id, "鲁甸县劳动人事争议仲裁委员会", day(3, 20)));
        s.on(day(3, 25), new RecordArbitrationAccepted(id, "鲁劳人仲案字〔2025〕31号", day(3, 25)));
        s.on(day(5, 6), new RecordArbitralAward(id, "鲁劳人仲裁字〔2025〕31号", List.of(
                new AwardItem(W1, AmountComponent.PRINCIPAL, Money.ofFen(100_000), true),
                new AwardItem(W2, AmountComponent.PRINCIPAL, Money.ofFen(50_000), true)), day(5, 6)));
        s.on(day(5, 22), new RecordInstrumentEffective(id, InstrumentKind.ARBITRAL_AWARD, "鲁劳人仲裁字〔2025〕31号", List.of(
                new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofFen(100_000)),
                new EnforceableAmount(W2, AmountComponent.PRINCIPAL, Money.ofFen(50_000))), day(5, 26), day(5, 22)));
        s.on(day(6, 2), new ApplyForEnforcement(id, "鲁甸县人民法院", day(6, 2)));
        s.on(day(6, 3), new RecordEnforcementFiled(id, "(2025)云0621执301号", day(6, 3)));
        s.on(day(6, 20), new RecordAssetSearch(id, EMPLOYER, SearchMethod.ONLINE, Money.ZERO, false, false, "no assets found", day(6, 20)));
        s.on(day(6, 25), new RestrictHighConsumption(id, EMPLOYER,
                List.of(new RestrictedPerson("测试法定代表人", PersonRole.LEGAL_REPRESENTATIVE)), day(6, 25)));
        s.on(day(6, 25), new FreezeAssets(id, FreezeId.of("CV-F1"), EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofFen(20_000), day(8, 31), day(6, 25)));
        s.on(day(8, 25), new RenewFreeze(id, FreezeId.of("CV-F1"), day(8, 31).plusYears(1), day(8, 25)));
        s.on(day(9, 3), new TerminateCurrentRound(id, day(9, 3)));
        s.on(day(10, 10), new ResumeEnforcement(id, "new assets reported", day(10, 10)));
        s.on(day(10, 15), new RecordEnforcementSettlement(id, "pays in one sum by 2025-10-20", day(10, 20), day(10, 15)));
        s.on(day(10, 15), new RecordPaymentPromise(id, PromiseId.of("CV-P1"), EMPLOYER, Money.ofFen(150_000), day(10, 20), day(10, 15)));
        s.on(day(10, 20), new RecordPayment(id, PaymentId.of("CV-PAY-1"), EMPLOYER, PaymentChannel.COURT_ESCROW, Money.ofFen(160_000),
                List.of(), day(10, 20)));
        s.on(day(10, 21), new AllocatePayment(id, PaymentId.of("CV-PAY-1"), List.of(new ClaimantAmount(W1, Money.ofFen(100_000)),
                new ClaimantAmount(W2, Money.ofFen(50_000))), day(10, 21)));
        s.on(day(10, 22), new LiftFreeze(id, FreezeId.of("CV-F1"), "paid through the settlement", day(10, 22)));
        s.on(day(10, 22), new RefundUnallocatedFunds(id, PaymentId.of("CV-PAY-1"), Money.ofFen(10_000), day(10, 22)));
        s.on(day(10, 23), new DisburseToClaimant(id, W1, Money.ofFen(100_000), day(10, 23)));
        s.on(day(10, 23), new DisburseToClaimant(id, W2, Money.ofFen(50_000), day(10, 23)));
        s.on(day(10, 24), new CloseCase(id, CloseReason.PAID_IN_FULL, null, day(10, 24)));
        s.on(day(11, 3), new ReopenCase(id, "a worker reports unpaid overtime", day(11, 3)));
        s.on(day(11, 4), new CorrectClaimantPersonalData(id, W1, new PersonalData("测试工人甲", null, "13800000001"),
                "the phone was left out at filing", day(11, 4)));
        s.on(day(11, 4), new org.caseledger.core.contact.RecordContact(id, org.caseledger.core.contact.ContactKind.CALL, W1,
                "called about the overtime he reports", 12, day(11, 4)));
        s.on(day(11, 4), new org.caseledger.core.contact.AttachDocument(id, "CV-A1", org.caseledger.core.contact.DocumentKind.EVIDENCE, W1,
                "overtime records", "application/pdf", 1_024, "0".repeat(63) + "1", day(11, 4)));
        s.on(day(11, 5), new EraseClaimantPersonalData(id, W2, "the worker asked for his personal data to be erased", day(11, 5)));
        return s;
    }

    /** A supervision matter with no wage claim: a 提示函 about overtime, answered, the matter closed 整改到位. */
    static CaseScenario supervisionMatterRectified() {
        CaseId id = CaseId.of("CV-SM-1");
        CaseScenario s = new CaseScenario();
        s.on(day(7, 1), new org.caseledger.core.supervision.OpenSupervisionMatter(id, COUNTY, org.caseledger.core.supervision.SupervisionMode.TARGETED,
                LetterSubject.OVERTIME, List.of(new org.caseledger.core.supervision.ConcernedEmployer(EMPLOYER, "某测试电子有限公司", null)),
                "workers kept past 12 hours a day", null, day(7, 1)));
        s.on(day(7, 2), new IssueSupervisionLetter(id, LetterId.of("CV-SM-L1"), LetterType.REMINDER, "鲁工函〔2025〕12号", COUNTY, "主席",
                RecipientKind.EMPLOYER, EMPLOYER, "某测试电子有限公司", LetterSubject.OVERTIME, "workers kept past 12 hours a day",
                "劳动法 art. 41", "keep overtime within the law", day(7, 2)));
        s.on(day(7, 10), new RecordLetterReply(id, LetterId.of("CV-SM-L1"), ReplyOutcome.COMPLIED, "shifts rearranged", day(7, 10)));
        s.on(day(7, 11), new CloseCase(id, CloseReason.RECTIFIED, "整改到位", day(7, 11)));
        return s;
    }

    /** 劳动保障监察: the complaint handed over, filed late, extended twice, decided late, enforced, the wage deposit drawn and paid. */
    static CaseScenario inspectorateRoad() {
        CaseId id = CaseId.of("CV-INS-1");
        CaseScenario s = assigned(id, day(3, 3));
        s.on(day(3, 5), new ReferCase(id, ReferralTarget.LABOUR_INSPECTION, COUNTY, "wages unpaid since 2024-12", day(3, 5)));
        s.on(day(3, 20), new org.caseledger.core.authority.RecordInspectionFiled(id, "鲁人社监察立〔2025〕18号", day(3, 20)));
        s.on(day(6, 10), new org.caseledger.core.authority.RecordInspectionExtension(id, day(6, 10)));
        s.on(day(7, 20), new org.caseledger.core.authority.RecordInspectionExtension(id, day(7, 20)));
        s.on(day(8, 1), new org.caseledger.core.authority.RecordWageDepositDrawn(id, "鲁甸县人力资源和社会保障局", null, Money.ofFen(100_000),
                day(8, 1)));
        s.on(day(8, 2), new RecordPayment(id, PaymentId.of("CV-INS-PAY"), null, PaymentChannel.WAGE_DEPOSIT, "鲁甸县人力资源和社会保障局", Money.ofFen(100_000),
                List.of(new ClaimantAmount(W1, Money.ofFen(100_000))), day(8, 2)));
        s.on(day(9, 30), new org.caseledger.core.authority.RecordInspectionDecision(id, org.caseledger.core.authority.InspectionOutcome.PENALTY,
                "鲁人社监察罚〔2025〕3号", EMPLOYER, Money.ofFen(2_000_000), day(9, 30)));
        s.on(day(12, 20), new org.caseledger.core.authority.RecordInspectionEnforcementApplication(id, "鲁甸县人民法院", "鲁人社强申〔2025〕2号",
                day(12, 20)));
        return s;
    }

    static CaseScenario refusedAndReopened() {
        CaseId id = CaseId.of("CV-REF-1");
        CaseScenario s = new CaseScenario();
        s.on(day(4, 1), filing(id, day(4, 1)));
        s.on(day(4, 2), new RefuseLegalAid(id, "not a wage claim", day(4, 2)));
        s.on(day(4, 20), new ReopenCase(id, "the objection to the refusal succeeded", day(4, 20)));
        s.on(day(4, 21), new GrantLegalAid(id, day(4, 21)));
        return s;
    }

    static CaseScenario paymentOrderToAppeal() {
        CaseId id = CaseId.of("CV-PO-1");
        CaseScenario s = assigned(id, day(5, 5));
        s.on(day(5, 12), new RecordMediationAgreement(id, PromiseId.of("CV-MA-1"), EMPLOYER,
                List.of(new ClaimantAmount(W1, Money.ofFen(100_000))), day(5, 30), null, day(5, 12)));
        s.on(day(6, 2), new MarkPaymentPromiseBroken(id, PromiseId.of("CV-MA-1")));
        s.on(day(6, 5), new ApplyForPaymentOrder(id, "鲁甸县人民法院", day(6, 5)));
        s.on(day(6, 16), new RecordPaymentOrderObjection(id, day(6, 16)));
        s.on(day(6, 20), new FileLawsuit(id, "鲁甸县人民法院", DirectSuitBasis.MEDIATION_AGREEMENT, day(6, 20)));
        s.on(day(8, 15), new RecordJudgment(id, "(2025)云0621民初888号", CourtInstance.FIRST, day(8, 15)));
        s.on(day(8, 25), new RecordAppeal(id, "the employer", day(8, 25)));
        return s;
    }

    static CaseScenario paymentOrderBackToArbitration() {
        CaseId id = CaseId.of("CV-PO-2");
        CaseScenario s = assigned(id, day(5, 5));
        // 劳动合同法 art. 30 ¶2: on the arrears themselves, no mediation agreement
        s.on(day(5, 7), new ApplyForPaymentOrder(id, "鲁甸县人民法院", day(5, 7)));
        s.on(day(5, 14), new RecordPaymentOrderIssued(id, "(2025)云0621民督7号", day(5, 14)));
        s.on(day(5, 20), new RecordPaymentOrderObjection(id, ObjectionGround.DISPUTES_DEBT, day(5, 20)));
        // 劳动争议解释(一) art. 13 ¶1: back to arbitration
        s.on(day(5, 26), new ApplyForArbitration(id, "鲁甸县劳动人事争议仲裁委员会", day(5, 26)));
        s.on(day(5, 28), new RecordArbitrationAccepted(id, "鲁劳人仲案字〔2025〕77号", day(5, 28)));
        s.on(day(7, 10), new RecordAwardPeriodExtension(id, day(7, 25), day(7, 10)));
        return s;
    }

    static CaseScenario arbitrationRefusedThenSuit() {
        CaseId id = CaseId.of("CV-ARR-1");
        CaseScenario s = assigned(id, day(6, 2));
        s.on(day(6, 4), new ApplyForArbitration(id, "鲁甸县劳动人事争议仲裁委员会", day(6, 4)));
        s.on(day(6, 6), new RecordArbitrationRefused(id, "申请人不适格", day(6, 6)));
        s.on(day(6, 10), new FileLawsuit(id, "鲁甸县人民法院", null, day(6, 10)));
        return s;
    }

    static CaseScenario confirmationRefused() {
        CaseId id = CaseId.of("CV-JC-1");
        CaseScenario s = assigned(id, day(7, 1));
        s.on(day(7, 3), new RecordMediationAgreement(id, PromiseId.of("CV-MA-2"), EMPLOYER,
                List.of(new ClaimantAmount(W1, Money.ofFen(100_000))), day(7, 20), null, day(7, 3)));
        s.on(day(7, 4), new ApplyForJudicialConfirmation(id, "鲁甸县人民法院", PromiseId.of("CV-MA-2"), day(7, 4)));
        s.on(day(7, 9), new RecordJudicialConfirmationRefused(id, "协议约定的给付内容不明确", day(7, 9)));
        return s;
    }

    static CaseScenario finalAwardSetAside() {
        CaseId id = CaseId.of("CV-SA-1");
        CaseScenario s = assigned(id, day(3, 3));
        s.on(day(3, 5), new ApplyForArbitration(id, "鲁甸县劳动人事争议仲裁委员会", day(3, 5)));
        s.on(day(3, 7), new RecordArbitrationAccepted(id, "鲁劳人仲案字〔2025〕40号", day(3, 7)));
        // ¥1,000 against 12 × ¥1,600: final (劳动争议调解仲裁法 art. 47)
        s.on(day(4, 18), new RecordArbitralAward(id, "鲁劳人仲裁字〔2025〕40号", List.of(
                new AwardItem(W1, AmountComponent.PRINCIPAL, Money.ofFen(100_000), true)), day(4, 18)));
        s.on(day(5, 9), new RecordSetAsideApplication(id, "昭通市中级人民法院", day(4, 19), day(5, 9)));
        s.on(day(6, 20), new RecordSetAsideRuling(id, "(2025)云06民特21号", true, day(6, 20)));
        s.on(day(6, 30), new FileLawsuit(id, "鲁甸县人民法院", null, day(6, 30)));
        return s;
    }

    static CaseScenario lateInterestCollected() {
        CaseId id = CaseId.of("CV-LI-1");
        CaseScenario s = assigned(id, day(2, 3));
        s.on(day(2, 5), new FileLawsuit(id, "鲁甸县人民法院", DirectSuitBasis.WAGE_IOU, day(2, 5)));
        s.on(day(2, 20), new RecordCourtMediation(id, "(2025)云0621民初99号", day(2, 20)));
        s.on(day(2, 20), new RecordInstrumentEffective(id, InstrumentKind.COURT_MEDIATION, "(2025)云0621民初99号",
                List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofFen(100_000))), day(2, 28), day(2, 20)));
        s.on(day(3, 3), new ApplyForEnforcement(id, "鲁甸县人民法院", day(3, 3)));
        // 100 days on ¥1,000 at 1.75‱ a day: ¥17.50 (民事诉讼法 art. 264)
        s.on(day(6, 8), new AssessLateInterest(id, day(6, 8), day(6, 8)));
        s.on(day(6, 8), new RecordPayment(id, PaymentId.of("CV-LI-PAY"), EMPLOYER, PaymentChannel.COURT_ESCROW, Money.ofFen(101_750),
                List.of(new ClaimantAmount(W1, Money.ofFen(101_750))), day(6, 8)));
        s.on(day(6, 10), new DisburseToClaimant(id, W1, Money.ofFen(101_750), day(6, 10)));
        s.on(day(6, 10), new CloseCase(id, CloseReason.PAID_IN_FULL, null, day(6, 10)));
        return s;
    }

    static CaseScenario criminalTrack() {
        CaseId id = CaseId.of("CV-CR-1");
        CaseScenario s = assigned(id, day(8, 1));
        s.on(day(8, 5), new RecordOrderToPay(id, EMPLOYER, "鲁甸县人力资源和社会保障局", "鲁人社监令〔2025〕8号", Money.ofFen(100_000),
                day(8, 20), day(8, 5)));
        s.on(day(8, 25), new ReferToPolice(id, EMPLOYER, "鲁甸县人力资源和社会保障局", day(8, 25)));
        s.on(day(9, 1), new RecordPoliceDecision(id, EMPLOYER, true, "鲁公立字〔2025〕31号", day(9, 1)));
        s.on(day(9, 2), new RecordArrearsBlacklisting(id, EMPLOYER, "鲁甸县人力资源和社会保障局", day(9, 2).plusYears(3), day(9, 2)));
        return s;
    }

    static CaseScenario protectedAndAdvanced() {
        CaseId id = CaseId.of("CV-PM-1");
        CaseScenario s = assigned(id, day(9, 1));
        // the employer is moving its money away: preserved before the arbitration (民事诉讼法 art. 104)
        s.on(day(9, 3), new RecordPropertyPreservation(id, FreezeId.of("CV-PM-F1"), EMPLOYER, "鲁甸县人民法院", AssetKind.BANK_DEPOSIT,
                Money.ofFen(100_000), null, day(9, 3)));
        s.on(day(9, 10), new ApplyForArbitration(id, "鲁甸县劳动人事争议仲裁委员会", day(9, 10)));
        s.on(day(9, 12), new RecordArbitrationAccepted(id, "鲁劳人仲案字〔2025〕90号", day(9, 12)));
        // the worker cannot wait for the award (劳动争议调解仲裁法 art. 44)
        s.on(day(9, 20), new RecordAdvanceExecution(id, "鲁劳人仲先字〔2025〕9号", List.of(new ClaimantAmount(W1, Money.ofFen(30_000))), day(9, 20)));
        return s;
    }

    /**
     * A claim of wages and overtime pay; an award stating no type, final by art. 47 item by item; the worker sues, then
     * withdraws; the employer applies to set the award aside within 30 days of the ruling (劳动争议解释(一) art. 21 ¶2).
     */
    static CaseScenario awardInInstalmentsNotEnforced() {
        CaseId id = CaseId.of("CV-INS-1");
        CaseScenario s = assigned(id, day(4, 1));
        String award = "鲁劳人仲裁字〔2025〕52号";
        s.on(day(4, 2), new org.caseledger.core.negotiation.ApplyForMediation(id, org.caseledger.core.negotiation.MediatorKind.PEOPLES_MEDIATION_COMMITTEE,
                "文屏镇人民调解委员会", day(4, 2)));
        s.on(day(4, 3), new ApplyForArbitration(id, "鲁甸县劳动人事争议仲裁委员会", day(4, 3)));
        s.on(day(4, 5), new RecordArbitrationAccepted(id, "鲁劳人仲案字〔2025〕52号", day(4, 5)));
        s.on(day(5, 6), new RecordArbitralAward(id, award, List.of(new AwardItem(W1, AmountComponent.PRINCIPAL, Money.ofFen(100_000), true)),
                day(5, 6)));
        // the award lets the employer pay in two instalments: each bears late interest from its own day (法释〔2014〕8号 art. 2)
        s.on(day(5, 22), new RecordInstrumentEffective(id, InstrumentKind.ARBITRAL_AWARD, award,
                List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofFen(100_000))), null, null, null, day(5, 22), false,
                List.of(new org.caseledger.core.kernel.Instalment(day(5, 26), Money.ofFen(40_000), null),
                        new org.caseledger.core.kernel.Instalment(day(6, 26), Money.ofFen(60_000), null))));
        s.on(day(5, 26), new RecordPayment(id, PaymentId.of("CV-INS-PAY"), EMPLOYER, PaymentChannel.DIRECT, Money.ofFen(40_000),
                List.of(new ClaimantAmount(W1, Money.ofFen(40_000))), day(5, 26)));
        s.on(day(7, 1), new ApplyForEnforcement(id, "鲁甸县人民法院", day(7, 1)));
        s.on(day(7, 10), new org.caseledger.core.enforcement.SuspendEnforcement(id,
                org.caseledger.core.enforcement.SuspensionCause.REVIEW_NOT_ON_DEBTORS_APPLICATION, day(7, 10)));
        s.on(day(7, 20), new org.caseledger.core.enforcement.EndEnforcementSuspension(id, day(7, 20)));
        // the court refuses to enforce the award (劳动争议解释(一) art. 24): 30 days to sue
        s.on(day(8, 1), new org.caseledger.core.litigation.RecordNonEnforcementRuling(id, "(2025)云0621执异5号", award, day(8, 1)));
        s.on(day(8, 20), new FileLawsuit(id, "鲁甸县人民法院", null, day(8, 20)));
        return s;
    }

    static CaseScenario awardSuedThenWithdrawn() {
        CaseId id = CaseId.of("CV-WD-1");
        CaseScenario s = new CaseScenario();
        s.on(day(3, 3), new FileWageClaim(id, COUNTY, "construction", Channel.HOTLINE_12351, null,
                List.of(new NewClaimant(W1, new PersonalData("测试工人甲", null, null), null, List.of(
                        new org.caseledger.core.kernel.ClaimItem(AmountComponent.PRINCIPAL, Money.ofFen(800_000)),
                        new org.caseledger.core.kernel.ClaimItem(AmountComponent.OVERTIME_PAY, Money.ofFen(200_000))))),
                List.of(new Obligor(EMPLOYER, "某测试建筑劳务有限公司", ObligorRole.EMPLOYER)), true, day(2, 17), day(3, 3)));
        s.on(day(3, 3), new GrantLegalAid(id, day(3, 3)));
        s.on(day(3, 4), new AssignLegalOfficer(id, "cv-officer", "测试法律援助工作者", day(3, 4)));
        s.on(day(3, 5), new ApplyForArbitration(id, "鲁甸县劳动人事争议仲裁委员会", day(3, 5)));
        s.on(day(3, 7), new RecordArbitrationAccepted(id, "鲁劳人仲案字〔2025〕41号", day(3, 7)));
        s.on(day(4, 18), new RecordArbitralAward(id, "鲁劳人仲裁字〔2025〕41号", List.of(
                new AwardItem(W1, AmountComponent.PRINCIPAL, Money.ofFen(800_000), org.caseledger.core.litigation.AwardType.NOT_STATED),
                new AwardItem(W1, AmountComponent.OVERTIME_PAY, Money.ofFen(150_000), org.caseledger.core.litigation.AwardType.NOT_STATED)),
                false, day(4, 18)));
        s.on(day(4, 28), new FileLawsuit(id, "鲁甸县人民法院", null, day(4, 28)));
        s.on(day(6, 16), new org.caseledger.core.litigation.RecordSuitEnded(id, org.caseledger.core.litigation.SuitEnding.WITHDRAWN, null,
                "(2025)云0621民初300号之一", null, day(6, 16)));
        s.on(day(7, 1), new RecordSetAsideApplication(id, "昭通市中级人民法院", null, day(7, 1)));
        return s;
    }
}
