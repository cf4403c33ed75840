package org.caseledger.core.money;

import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 迟延履行利息 (民事诉讼法 art. 264; 法释〔2014〕8号 arts. 1, 3-4): 1.75‱ a day on the unpaid debt from the day after the
 * performance period, computed by the engine (not typed in), collected after the debt. The instrument of the spec makes
 * W1 ¥10,000 and W2 ¥5,000 enforceable, due {@link WageCaseSpec#PERFORMANCE_DUE}.
 */
class LateInterestTest extends WageCaseSpec {

    static final LocalDate DUE = PERFORMANCE_DUE;

    @Test
    void a_hundred_days_on_ten_thousand_yuan_is_one_hundred_and_seventy_five_yuan() {
        // 1,000,000 fen × 100 days × 175 / 1,000,000 = 17,500 fen; W2: 500,000 × 100 × 175 / 1,000,000 = 8,750 fen
        LocalDate asOf = DUE.plusDays(100);
        fixture.given(withEffectiveInstrument())
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(17_500)),
                        new ClaimantAmount(W2, Money.ofFen(8_750))), asOf))
                .expectState(c -> {
                    assertThat(c.ledger().balanceOf(W1).target()).isEqualTo(Money.ofFen(1_017_500));
                    assertThat(c.ledger().totalOutstanding()).isEqualTo(Money.ofFen(1_500_000 + 26_250));
                });
    }

    @Test
    void a_part_payment_stops_interest_on_what_it_paid_from_the_day_it_was_paid() {
        // W1 pays ¥6,000 on day 40: 1,000,000 × 40 + 400,000 × 60 = 64,000,000 fen·days → 11,200 fen
        LocalDate paid = DUE.plusDays(40);
        List<Object> history = plus(withEffectiveInstrument(), new PaymentReceived(CASE, PaymentId.of("PAY-1"), EMPLOYER, PaymentChannel.DIRECT,
                Money.ofYuan("6000"), List.of(new ClaimantAmount(W1, Money.ofYuan("6000"))), paid));
        LocalDate asOf = DUE.plusDays(100);
        fixture.given(history)
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectEvents(new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(11_200)),
                        new ClaimantAmount(W2, Money.ofFen(8_750))), asOf));
    }

    @Test
    void interest_is_collected_after_the_debt_and_never_on_itself() {
        // W1 is assessed ¥175 on day 100, then pays ¥10,100 on day 110: the debt is paid, ¥75 of interest is left; a
        // later assessment counts the debt's ten further days only, not interest on interest
        LocalDate first = DUE.plusDays(100);
        List<Object> history = plus(withEffectiveInstrument(),
                new LateInterestAssessed(CASE, first, List.of(new ClaimantAmount(W1, Money.ofFen(17_500))), first),
                new PaymentReceived(CASE, PaymentId.of("PAY-1"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("10100"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("10100"))), DUE.plusDays(110)));
        LocalDate later = DUE.plusDays(200);
        fixture.given(history)
                .when(new AssessLateInterest(CASE, later, later))
                .expectEvents(new LateInterestAssessed(CASE, later, List.of(new ClaimantAmount(W1, Money.ofFen(19_250)),
                        new ClaimantAmount(W2, Money.ofFen(17_500))), later))
                .expectState(c -> assertThat(c.ledger().balanceOf(W1).outstanding()).isEqualTo(Money.ofFen(1_019_250 - 1_010_000)));
    }

    @Test
    void no_interest_before_the_performance_period_ends_nor_twice_for_the_same_day() {
        fixture.given(withEffectiveInstrument())
                .when(new AssessLateInterest(CASE, DUE, DUE))
                .expectException(violation(RuleCode.INSTRUMENT_NOT_YET_DUE));
        createFixture();
        LocalDate asOf = DUE.plusDays(10);
        fixture.given(plus(withEffectiveInstrument(), new LateInterestAssessed(CASE, asOf, List.of(new ClaimantAmount(W1, Money.ofFen(1_750))), asOf)))
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectException(violation(RuleCode.LATE_INTEREST_ASOF_NOT_LATER));
        createFixture();
        fixture.given(negotiating())
                .when(new AssessLateInterest(CASE, asOf, asOf))
                .expectException(violation(RuleCode.NO_EFFECTIVE_INSTRUMENT));
    }
}
