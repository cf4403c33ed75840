package org.caseledger.core.scenario;

import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.kernel.*;
import org.caseledger.core.money.ClaimantBalance;
import org.caseledger.core.litigation.InstrumentKind;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
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
 * 大武口 — the "调、裁、诉" one-stop service: six workers owed ¥140,000 mediate with their employer at the union's
 * station, the parties send the agreement to the district court for 司法确认 the same day (民事诉讼法 art. 205; 劳动争议
 * 解释(一) art. 51 ¶1), the confirmed agreement goes unpaid, and enforcement on it recovers the whole sum in about half a
 * month (legal-basis §0: "~¥14万 recovered in half a month"). The days and amounts are illustrative test data.
 */
public class DawukouReferenceCaseTest {

    static final CaseId CASE = CaseId.of("DWK-2025-001");
    static final UnionBody DISTRICT_UNION = new UnionBody("大武口区总工会", UnionLevel.COUNTY, RegionCode.of("640202"));
    static final ObligorId EMPLOYER = ObligorId.of("DWK-EMPLOYER");
    static final String COURT = "石嘴山市大武口区人民法院";
    static final PromiseId AGREEMENT = PromiseId.of("DWK-P1");
    static final List<String> OWED = List.of("24000", "23500", "23000", "23500", "23000", "23000");

    static ClaimantId worker(int i) {
        return ClaimantId.of("DWK-W" + (i + 1));
    }

    static List<ClaimantAmount> owed() {
        return IntStream.range(0, OWED.size()).mapToObj(i -> new ClaimantAmount(worker(i), Money.ofYuan(OWED.get(i)))).toList();
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    @Test
    void the_dawukou_case_goes_from_mediation_through_confirmation_to_enforcement_in_half_a_month() {
        run();
    }

    public static CaseScenario run() {
        CaseScenario scenario = new CaseScenario();
        List<NewClaimant> claimants = IntStream.range(0, OWED.size()).mapToObj(i -> {
            String first17 = String.format("64020219800101%03d", i + 1);
            return new NewClaimant(worker(i), new PersonalData("职工" + (i + 1), first17 + PersonalData.checkDigit(first17), null),
                    Money.ofYuan(OWED.get(i)));
        }).toList();

        // 2025-06-03 six workers of a trading company, laid off on 05-31 without their wages, come to the district union's station
        var filed = scenario.on(day(6, 3), new FileWageClaim(CASE, DISTRICT_UNION, "retail", Channel.UNION_STATION, null, claimants,
                List.of(new Obligor(EMPLOYER, "某商贸有限公司", ObligorRole.EMPLOYER)), true, day(5, 31), day(6, 3)));
        assertThat(filed.after().ledger().totalClaimed().fen()).isEqualTo(14_000_000L);
        scenario.on(day(6, 3), new GrantLegalAid(CASE, day(6, 3)));
        scenario.on(day(6, 3), new AssignLegalOfficer(CASE, "dwk-officer", "大武口区总工会法律援助工作者", day(6, 3)));

        // 调: 06-04 mediation at the station; the employer agrees to pay everything by 06-10
        scenario.on(day(6, 4), new HoldCoordinationMeeting(CASE, MeetingFormat.IN_PERSON, List.of("DWK-EMPLOYER"),
                "employer agrees to pay ¥140,000 by 2025-06-10", day(6, 4)));
        var agreed = scenario.on(day(6, 4), new RecordMediationAgreement(CASE, AGREEMENT, EMPLOYER, owed(), day(6, 10), null, day(6, 4)));
        assertThat(agreed.after().stage()).isEqualTo(CaseStage.NEGOTIATION);

        // the one-stop step: the agreement goes to the court for confirmation the same day, within the 30 days of art. 205
        var applied = scenario.on(day(6, 4), new ApplyForJudicialConfirmation(CASE, COURT, AGREEMENT, day(6, 4)));
        assertThat(applied.only(JudicialConfirmationApplied.class).warnings()).isEmpty();
        List<EnforceableAmount> enforceable = owed().stream()
                .map(a -> new EnforceableAmount(a.claimantId(), AmountComponent.PRINCIPAL, a.amount())).toList();
        var confirmed = scenario.on(day(6, 5), new RecordInstrumentEffective(CASE, InstrumentKind.JUDICIAL_CONFIRMATION, "(2025)宁0202民特12号",
                enforceable, day(6, 10), day(6, 5)));
        // the confirmation is the enforceable instrument, and the case never went to arbitration or court proceedings
        assertThat(confirmed.after().stage()).isEqualTo(CaseStage.NEGOTIATION);
        assertThat(confirmed.after().instruments().latestKind()).isEqualTo(InstrumentKind.JUDICIAL_CONFIRMATION);
        assertThat(confirmed.after().ledger().total(ClaimantBalance::target).fen()).isEqualTo(14_000_000L);

        // the employer lets 06-10 pass; the worker applies for enforcement of the confirmed agreement on 06-11
        scenario.on(day(6, 11), new MarkPaymentPromiseBroken(CASE, AGREEMENT));
        var enforcing = scenario.on(day(6, 11), new ApplyForEnforcement(CASE, COURT, day(6, 11)));
        assertThat(enforcing.after().stage()).isEqualTo(CaseStage.ENFORCEMENT);
        assertThat(enforcing.only(EnforcementApplied.class).deadlinesClosed()).extracting(DeadlineClosure::key, DeadlineClosure::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineKind.PERFORMANCE + ":(2025)宁0202民特12号", DeadlineOutcome.MISSED));
        scenario.on(day(6, 12), new RecordEnforcementFiled(CASE, "(2025)宁0202执455号", day(6, 12)));
        scenario.on(day(6, 12), new RecordAssetSearch(CASE, EMPLOYER, SearchMethod.ONLINE, Money.ofYuan("162000"), false, true,
                "网络查控: bank balance ¥162,000, one vehicle", day(6, 12)));
        scenario.on(day(6, 12), new FreezeAssets(CASE, FreezeId.of("DWK-F1"), EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofYuan("140000"),
                null, day(6, 12)));

        // 06-17 the court transfers ¥140,000 from the frozen account into its enforcement account; 06-18 paid out at the station
        var paid = scenario.on(day(6, 17), new RecordPayment(CASE, PaymentId.of("DWK-PAY-1"), EMPLOYER, PaymentChannel.COURT_ESCROW,
                Money.ofYuan("140000"), owed(), day(6, 17)));
        assertThat(paid.after().ledger().totalOutstanding()).isEqualTo(Money.ZERO);
        for (int i = 0; i < OWED.size(); i++) {
            scenario.on(day(6, 18), new DisburseToClaimant(CASE, worker(i), Money.ofYuan(OWED.get(i)), day(6, 18)));
        }
        var closed = scenario.on(day(6, 18), new CloseCase(CASE, CloseReason.PAID_IN_FULL, null, day(6, 18)));

        assertThat(closed.only(CaseClosed.class).closedInStage()).isEqualTo(CaseStage.ENFORCEMENT);
        assertThat(closed.after().ledger().totalDisbursed().fen()).isEqualTo(14_000_000L);
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(day(6, 3), day(6, 18))).isEqualTo(15L);
        assertThat(scenario.history()).noneMatch(e -> e instanceof org.caseledger.core.litigation.ArbitrationApplied
                || e instanceof org.caseledger.core.litigation.LawsuitFiled);
        scenario.assertEveryEventRoundTripsThroughJson();
        return scenario;
    }
}
