package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.CaseStage;
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
}
