package org.caseledger.core.scenario;

import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.kernel.*;
import org.caseledger.core.litigation.InstrumentKind;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.lifecycle.ReopenCase;
import org.caseledger.core.wagecase.NextSteps;
import org.caseledger.core.wagecase.WageCase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseledger.core.scenario.DawukouReferenceCaseTest.*;

/**
 * The next steps are asked of the case itself: what its stage allows, narrowed by the facts a command needs (an open
 * promise, a 司法确认 awaiting the court, an instrument not yet enforced, a round of enforcement going on, a freeze).
 */
class NextStepsTest {

    @Test
    void a_mediation_agreement_offers_its_promise_to_mark_broken_and_to_send_for_judicial_confirmation() {
        CaseScenario scenario = agreed();
        WageCase c = scenario.on(day(6, 4), new HoldCoordinationMeeting(CASE, MeetingFormat.IN_PERSON, List.of(), "again", day(6, 4))).after();
        assertThat(choices(c, MarkPaymentPromiseBroken.class)).containsEntry("promiseId", List.of(AGREEMENT.value()));
        assertThat(choices(c, ApplyForJudicialConfirmation.class)).containsEntry("promiseId", List.of(AGREEMENT.value()));
        assertThat(commands(c)).doesNotContain(RecordJudicialConfirmationRefused.class, RecordInstrumentEffective.class, ApplyForEnforcement.class);
    }

    @Test
    void while_the_court_considers_the_agreement_its_ruling_is_offered_and_once_it_is_an_instrument_enforcement() {
        CaseScenario scenario = agreed();
        WageCase applied = scenario.on(day(6, 4), new ApplyForJudicialConfirmation(CASE, COURT, AGREEMENT, day(6, 4))).after();
        assertThat(commands(applied)).contains(RecordJudicialConfirmationRefused.class, RecordInstrumentEffective.class)
                .doesNotContain(ApplyForEnforcement.class);
        WageCase confirmed = scenario.on(day(6, 5), new RecordInstrumentEffective(CASE, InstrumentKind.JUDICIAL_CONFIRMATION, "(2025)宁0202民特12号",
                List.of(new EnforceableAmount(worker(0), AmountComponent.PRINCIPAL, owed().get(0).amount())), day(6, 10),
                day(6, 5))).after();
        assertThat(commands(confirmed)).contains(ApplyForEnforcement.class).doesNotContain(RecordJudicialConfirmationRefused.class);
        // in enforcement, the measures need the round going on, and a freeze is renewed or lifted by its id
        scenario.on(day(6, 11), new MarkPaymentPromiseBroken(CASE, AGREEMENT));
        WageCase enforcing = scenario.on(day(6, 11), new ApplyForEnforcement(CASE, COURT, day(6, 11))).after();
        assertThat(commands(enforcing)).contains(FreezeAssets.class, TerminateCurrentRound.class)
                .doesNotContain(ApplyForEnforcement.class, ResumeEnforcement.class, LiftFreeze.class);
        WageCase frozen = scenario.on(day(6, 12), new FreezeAssets(CASE, FreezeId.of("DWK-F1"), EMPLOYER, AssetKind.BANK_DEPOSIT,
                Money.ofYuan("140000"), null, day(6, 12))).after();
        assertThat(choices(frozen, LiftFreeze.class)).containsEntry("freezeId", List.of("DWK-F1"));
        WageCase terminated = scenario.on(day(6, 13), new TerminateCurrentRound(CASE, day(6, 13))).after();
        assertThat(commands(terminated)).contains(ResumeEnforcement.class, RecordAssetSearch.class)
                .doesNotContain(FreezeAssets.class, TerminateCurrentRound.class);
    }

    @Test
    void a_closed_case_offers_only_its_reopening_the_erasure_or_correction_of_personal_data_and_a_contact() {
        CaseScenario scenario = agreed();
        WageCase closed = scenario.on(day(6, 5), new org.caseledger.core.lifecycle.CloseCase(CASE,
                org.caseledger.core.lifecycle.CloseReason.WITHDRAWN, null, day(6, 5))).after();
        // a receipt is printed after closing: a mistyped ID-card number is still corrected then
        assertThat(commands(closed)).containsExactlyInAnyOrder(ReopenCase.class, EraseClaimantPersonalData.class,
                org.caseledger.core.intake.CorrectClaimantPersonalData.class, org.caseledger.core.contact.RecordContact.class);
    }

    /** 大武口 up to its mediation agreement. */
    private static CaseScenario agreed() {
        CaseScenario scenario = new CaseScenario();
        List<NewClaimant> claimants = List.of(new NewClaimant(worker(0), new PersonalData("职工1", "64020219800101001" + PersonalData.checkDigit("64020219800101001"), null),
                Money.ofYuan(OWED.get(0))));
        scenario.on(day(6, 3), new FileWageClaim(CASE, DISTRICT_UNION, "retail", Channel.UNION_STATION, null, claimants,
                List.of(new Obligor(EMPLOYER, "某商贸有限公司", ObligorRole.EMPLOYER)), true, day(5, 31), day(6, 3)));
        scenario.on(day(6, 3), new GrantLegalAid(CASE, day(6, 3)));
        scenario.on(day(6, 3), new AssignLegalOfficer(CASE, "dwk-officer", "法律援助工作者", day(6, 3)));
        scenario.on(day(6, 4), new RecordMediationAgreement(CASE, AGREEMENT, EMPLOYER, List.of(owed().get(0)), day(6, 10), null, day(6, 4)));
        return scenario;
    }

    private static List<Class<?>> commands(WageCase c) {
        return NextSteps.of(c).stream().<Class<?>>map(NextSteps.Step::command).toList();
    }

    private static Map<String, List<String>> choices(WageCase c, Class<?> command) {
        return NextSteps.of(c).stream().filter(s -> s.command() == command).findFirst().orElseThrow().choices();
    }
}
