package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 劳动争议解释(一) art. 17: when some workers sue an award, it takes effect for those who do not. */
class AwardForWorkersWhoDoNotSueTest extends WageCaseSpec {

    static final LocalDate RECEIVED = LocalDate.of(2025, 4, 19);
    static final LocalDate SUED = LocalDate.of(2025, 4, 25);

    static List<Object> w2Sues() {
        return plus(ArbitrationAndLitigationTest.arbitrating(), new ArbitralAwardIssued(CASE, "A1",
                        List.of(new AwardItem(W1, AmountComponent.PRINCIPAL, W1_CLAIM, true), new AwardItem(W2, AmountComponent.PRINCIPAL, W2_CLAIM, true)),
                        List.of(cancelled(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)), CourtPeriod.lastDay(RECEIVED, 15, CALENDAR), RECEIVED),
                new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(met(DeadlineKind.SUIT_AFTER_AWARD, "A1")), List.of(), List.of(W2), SUED));
    }

    static RecordInstrumentEffective awardFor(org.caseledger.core.kernel.ClaimantId w, Money amount) {
        return new RecordInstrumentEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A1",
                List.of(new EnforceableAmount(w, AmountComponent.PRINCIPAL, amount)), SUED.plusDays(15), null, null, SUED.plusDays(5));
    }

    @Test
    void only_the_workers_named_sue() {
        fixture.given(plus(ArbitrationAndLitigationTest.arbitrating(), w2Sues().get(w2Sues().size() - 2)))
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, List.of(W2), SUED))
                .expectEvents(w2Sues().get(w2Sues().size() - 1))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION));
    }

    @Test
    void the_award_takes_effect_for_the_worker_who_did_not_sue_while_the_other_litigates() {
        fixture.given(w2Sues())
                .when(awardFor(W1, W1_CLAIM))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(CaseStage.LITIGATION);
                    assertThat(c.ledger().balanceOf(W1).target()).isEqualTo(W1_CLAIM);
                    assertThat(c.ledger().balanceOf(W2).hasEnforceable()).isFalse();
                });
        createFixture();
        fixture.given(w2Sues())
                .when(awardFor(W2, W2_CLAIM))
                .expectException(violation(RuleCode.AWARD_CHALLENGED_BY_CLAIMANT));
    }

    @Test
    void when_every_worker_sued_the_award_cannot_take_effect() {
        List<Object> allSue = plus(ArbitrationAndLitigationTest.arbitrating(), w2Sues().get(w2Sues().size() - 2),
                new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(), List.of(), SUED));
        fixture.given(allSue)
                .when(awardFor(W1, W1_CLAIM))
                .expectException(violation(RuleCode.INSTRUMENT_KIND_NOT_ALLOWED));
    }

    @Test
    void the_award_is_enforced_for_the_worker_who_did_not_sue_while_the_other_litigates_then_the_judgment_is_enforced_too() {
        // one instrument per group of workers: the award for W1, later the judgment for W2
        List<Object> history = new java.util.ArrayList<>(w2Sues());
        history.add(new InstrumentBecameEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A1", List.of(new EnforceableAmount(W1,
                AmountComponent.PRINCIPAL, W1_CLAIM)), SUED.plusDays(15), List.of(), null, null, SUED.plusYears(2), List.of(), SUED.plusDays(5)));
        LocalDate applied = SUED.plusDays(20);
        fixture.given(history)
                .when(new org.caseledger.core.enforcement.ApplyForEnforcement(CASE, "鲁甸县人民法院", "A1", applied))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.ENFORCEMENT));
        history.add(new org.caseledger.core.enforcement.EnforcementApplied(CASE, "鲁甸县人民法院",
                List.of(met(DeadlineKind.ENFORCEMENT_APPLICATION, "A1"), missed(DeadlineKind.PERFORMANCE, "A1")), List.of(), "A1", applied));
        // W2's suit goes on in enforcement: judgment, then effective, then enforced itself
        LocalDate judged = applied.plusDays(30);
        createFixture();
        fixture.given(history)
                .when(new RecordJudgment(CASE, "判决2", CourtInstance.FIRST, judged))
                .expectSuccessfulHandlerExecution();
        history.add(new JudgmentIssued(CASE, "判决2", CourtInstance.FIRST, CourtPeriod.lastDay(judged, 15, CALENDAR), judged));
        LocalDate effective = judged.plusDays(20);
        createFixture();
        fixture.given(history)
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.JUDGMENT, "判决2", List.of(new EnforceableAmount(W2, AmountComponent.PRINCIPAL,
                        W2_CLAIM)), effective.plusDays(10), null, null, effective))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    assertThat(c.ledger().balanceOf(W1).target()).isEqualTo(W1_CLAIM);
                    assertThat(c.ledger().balanceOf(W2).target()).isEqualTo(W2_CLAIM);
                    assertThat(c.court().isLawsuitPending()).isFalse();
                });
        history.add(new InstrumentBecameEffective(CASE, InstrumentKind.JUDGMENT, "判决2", List.of(new EnforceableAmount(W2, AmountComponent.PRINCIPAL,
                W2_CLAIM)), effective.plusDays(10), List.of(), null, null, effective.plusYears(2), List.of(), effective));
        createFixture();
        fixture.given(history)
                .when(new org.caseledger.core.enforcement.ApplyForEnforcement(CASE, "鲁甸县人民法院", "判决2", effective.plusDays(11)))
                .expectSuccessfulHandlerExecution();
        // the award again, or litigation with no suit going on: refused
        createFixture();
        fixture.given(history)
                .when(new org.caseledger.core.enforcement.ApplyForEnforcement(CASE, "鲁甸县人民法院", "A1", effective.plusDays(11)))
                .expectException(violation(RuleCode.INSTRUMENT_ALREADY_ENFORCED));
        createFixture();
        fixture.given(history)
                .when(new RecordJudgment(CASE, "判决3", CourtInstance.SECOND, effective.plusDays(11)))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }
}
