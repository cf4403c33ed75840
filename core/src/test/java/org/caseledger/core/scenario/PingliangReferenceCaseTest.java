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
import org.caseledger.core.money.ClaimantBalance;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.negotiation.CoordinationMeetingHeld;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.caseledger.core.negotiation.MeetingFormat;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.wagecase.WageCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 平凉 — "工会+法院": 21 property-management workers unpaid since 2024-04, a shell employer, direct suit, court
 * mediation, enforcement against the controlling parent added as judgment debtor, ¥123,036.49 paid through
 * the court's account to each worker. Days marked ~ in the domain guide are illustrative test data.
 */
public class PingliangReferenceCaseTest {

    static final CaseId CASE = CaseId.of("PL-2025-001");
    static final UnionBody CITY_UNION = new UnionBody("平凉市总工会", UnionLevel.CITY, RegionCode.of("620800"));
    static final ObligorId SHELL = ObligorId.of("PL-EMPLOYER");
    static final ObligorId PARENT = ObligorId.of("PL-PARENT");
    static final String COURT = "崆峒区人民法院";
    static final String MEDIATION_NO = "(2025)甘0802民初1001号";

    /** Per-worker amounts owed (yuan), as reported; they sum to ¥123,036.49. */
    static final List<String> OWED = List.of("5985.88", "6267.40", "6847.91", "6020.67", "5984.45", "6131.27", "6339.79",
            "5297.81", "5284.07", "6141.93", "6047.18", "6451.19", "6409.45", "6878.74", "5288.04", "5046.73", "5970.71",
            "5595.34", "5171.70", "5037.68", "4838.55");

    static ClaimantId worker(int i) {
        return ClaimantId.of(String.format("PL-W%02d", i + 1));
    }

    static Money owed(int i) {
        return Money.ofYuan(OWED.get(i));
    }

    static List<NewClaimant> claimants() {
        return IntStream.range(0, 21).mapToObj(i -> {
            String first17 = String.format("62080219800101%03d", i + 1);
            PersonalData person = new PersonalData("工人" + (i + 1), first17 + PersonalData.checkDigit(first17), null);
            return new NewClaimant(worker(i), person, owed(i));
        }).toList();
    }

    static List<ClaimantAmount> perWorker() {
        return IntStream.range(0, 21).mapToObj(i -> new ClaimantAmount(worker(i), owed(i))).toList();
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    @Test
    void the_pingliang_case_replays_from_claim_to_paid_in_full() {
        run();
    }

    /**
     * Sends the case's commands one by one, checking each step; the scenario then holds every command sent and
     * every event appended, in order (the read-model and HTTP tests replay them).
     */
    public static CaseScenario run() {
        CaseScenario scenario = new CaseScenario();
        assertThat(Money.sum(perWorker().stream().map(ClaimantAmount::amount).toList()).fen()).isEqualTo(12_303_649L);

        // ~2025-07-01 the city union's legal-aid station takes the case and assigns a legal worker
        // (no written contracts; the employer has stopped operating — employment taken as ended ~2025-06-30)
        var filed = scenario.on(day(7, 1), new FileWageClaim(CASE, CITY_UNION, "property management", Channel.UNION_STATION, null,
                claimants(), List.of(new Obligor(SHELL, "平凉某物业管理有限公司", ObligorRole.EMPLOYER)), true, day(6, 30), day(7, 1)));
        assertThat(filed.after().stage()).isEqualTo(CaseStage.INTAKE);
        assertThat(filed.after().ledger().totalClaimed().fen()).isEqualTo(12_303_649L);
        scenario.on(day(7, 1), new GrantLegalAid(CASE, day(7, 1)));
        var assigned = scenario.on(day(7, 1), new AssignLegalOfficer(CASE, "pl-officer", "平凉市总工会法律援助工作者", day(7, 1)));
        assertThat(assigned.after().stage()).isEqualTo(CaseStage.ASSIGNED);

        // negotiations fail
        var talks = scenario.on(day(7, 8), new HoldCoordinationMeeting(CASE, MeetingFormat.IN_PERSON, List.of("PL-EMPLOYER"),
                "employer refuses to pay", day(7, 8)));
        assertThat(talks.only(CoordinationMeetingHeld.class).outcome()).isEqualTo("employer refuses to pay");

        // ~2025-07-15 direct suit (basis recorded: a wage IOU; the report leaves it open)
        var suit = scenario.on(day(7, 15), new FileLawsuit(CASE, COURT, DirectSuitBasis.WAGE_IOU, day(7, 15)));
        assertThat(suit.after().stage()).isEqualTo(CaseStage.LITIGATION);
        assertThat(suit.only(LawsuitFiled.class).directSuitBasis()).isEqualTo(DirectSuitBasis.WAGE_IOU);

        // ~2025-07-25 民事调解书 through the green channel; payment due ~2025-08-05
        scenario.on(day(7, 25), new RecordCourtMediation(CASE, MEDIATION_NO, day(7, 25)));
        List<EnforceableAmount> enforceable = perWorker().stream()
                .map(a -> new EnforceableAmount(a.claimantId(), AmountComponent.PRINCIPAL, a.amount())).toList();
        var effective = scenario.on(day(7, 25), new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, MEDIATION_NO,
                enforceable, day(8, 5), day(7, 25)));
        assertThat(effective.after().ledger().total(ClaimantBalance::target).fen()).isEqualTo(12_303_649L);

        // the company "stopped operating" and pays nothing; ~2025-08-11 enforcement applied
        var enforcement = scenario.on(day(8, 11), new ApplyForEnforcement(CASE, COURT, day(8, 11)));
        assertThat(enforcement.after().stage()).isEqualTo(CaseStage.ENFORCEMENT);
        scenario.on(day(8, 11), new RecordEnforcementFiled(CASE, "(2025)甘0802执1201号", day(8, 11)));

        // online and on-site search: balance 0, no real estate, no vehicles
        scenario.on(day(8, 18), new RecordAssetSearch(CASE, SHELL, SearchMethod.ONLINE, Money.ZERO, false, false,
                "网络查控: bank balance 0", day(8, 18)));
        var search = scenario.on(day(8, 22), new RecordAssetSearch(CASE, SHELL, SearchMethod.OFFLINE, Money.ZERO, false, false,
                "实地调查: premises vacated, no real estate, no vehicles", day(8, 22)));
        assertThat(search.after().enforcement().state()).isEqualTo(EnforcementState.INVESTIGATING);

        // ~2025-09-10 the 兰州 parent that controls the company is added as judgment debtor (ground recorded: art. 20)
        var added = scenario.on(day(9, 10), new AddJudgmentDebtor(CASE, PARENT, "兰州某物业集团有限公司",
                AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER, null, day(8, 25), day(9, 10)));
        assertThat(added.only(JudgmentDebtorAdded.class).warnings()).isEmpty();
        assertThat(added.after().parties().obligor(PARENT, "x").role()).isEqualTo(ObligorRole.ADDED_JUDGMENT_DEBTOR);

        // its accounts are frozen (the balance found there, ~¥80,000, does not cover the debt)
        var frozen = scenario.on(day(9, 10), new FreezeAssets(CASE, FreezeId.of("PL-F1"), PARENT, AssetKind.BANK_DEPOSIT,
                Money.ofYuan("80000"), null, day(9, 10)));
        assertThat(frozen.only(AssetsFrozen.class).expiresOn()).isEqualTo(day(9, 10).plusYears(1));
        // its legal representative is restricted from high consumption, it is listed as dishonest, and warned (刑法 art. 313)
        scenario.on(day(9, 10), new RestrictHighConsumption(CASE, PARENT,
                List.of(new RestrictedPerson("兰州母公司法定代表人", PersonRole.LEGAL_REPRESENTATIVE)), day(9, 10)));
        // ground 1 (able but refuses): no fixed term, listed until it performs (失信被执行人名单规定 art. 2); the ¥80,000
        // frozen does not cover the debt, so art. 3 does not bar it
        var listed = scenario.on(day(9, 10), new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, null, day(9, 10)));
        assertThat(listed.only(DishonestDebtorListed.class).listedUntil()).isNull();
        assertThat(listed.only(DishonestDebtorListed.class).warnings()).isEmpty();
        var warned = scenario.on(day(9, 10), new WarnOfCriminalLiability(CASE, PARENT, "兰州母公司法定代表人",
                CriminalBasis.CRIMINAL_LAW_ART_313, day(9, 10)));
        assertThat(warned.after().enforcement().state()).isEqualTo(EnforcementState.MEASURES);

        // ~2025-09-13 the full ¥123,036.49 arrives in the court's enforcement account, allocated to each worker
        var paid = scenario.on(day(9, 13), new RecordPayment(CASE, PaymentId.of("PL-PAY-1"), PARENT, PaymentChannel.COURT_ESCROW,
                Money.ofFen(12_303_649L), perWorker(), day(9, 13)));
        assertThat(paid.after().ledger().totalReceived().fen()).isEqualTo(12_303_649L);
        assertThat(paid.after().ledger().totalOutstanding()).isEqualTo(Money.ZERO);

        // paid out at the court to each of the 21 workers
        WageCase afterDisbursing = null;
        List<Object> disbursements = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            var step = scenario.on(day(9, 15), new DisburseToClaimant(CASE, worker(i), owed(i), day(9, 15)));
            disbursements.addAll(step.events());
            afterDisbursing = step.after();
        }
        assertThat(disbursements).hasSize(21).allMatch(FundsDisbursed.class::isInstance);
        // the last payout meets the 30-day disbursement deadline
        assertThat(((FundsDisbursed) disbursements.get(20)).deadlinesClosed()).singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo("DISBURSEMENT:PL-PAY-1"));
        assertThat(afterDisbursing.ledger().totalDisbursed().fen()).isEqualTo(12_303_649L);

        var closed = scenario.on(day(9, 15), new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, day(9, 15)));
        WageCase end = closed.after();
        assertThat(end.stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(closed.only(CaseClosed.class).closedInStage()).isEqualTo(CaseStage.ENFORCEMENT);
        assertThat(end.ledger().claimants()).hasSize(21).allSatisfy((id, b) -> {
            assertThat(b.received()).isEqualTo(b.target());
            assertThat(b.disbursed()).isEqualTo(b.received());
        });
        assertThat(end.ledger().totalReceived().fen()).isEqualTo(12_303_649L);
        assertThat(end.ledger().totalDisbursed().fen()).isEqualTo(12_303_649L);
        assertThat(end.deadlines().all()).isEmpty();
        assertThat(scenario.history()).noneMatch(e -> e instanceof org.caseledger.core.supervision.SupervisionLetterIssued);
        assertThat(scenario.history().stream().filter(e -> e instanceof LegalAidGranted).map(e -> ((LegalAidGranted) e).warnings()))
                .containsExactly(List.<CaseWarning>of());
        scenario.assertEveryEventRoundTripsThroughJson();
        return scenario;
    }
}
