package org.caseledger.core.enforcement;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.litigation.ApplyForArbitration;
import org.caseledger.core.litigation.InstrumentKind;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 财产保全 before or during the proceedings (民事诉讼法 arts. 103-104; 劳动争议解释(一) art. 49) with its two clocks; 先予执行
 * is specified in {@code AdvanceExecutionTest}.
 */
class ProtectiveMeasuresTest extends WageCaseSpec {

    static final FreezeId F = FreezeId.of("P1");
    static final LocalDate PRESERVED = FILED.plusDays(6);

    @Test
    void a_preservation_before_any_proceedings_needs_arbitration_or_a_suit_within_thirty_days() {
        LocalDate due = CourtPeriod.lastDay(PRESERVED, 30, CALENDAR);
        PropertyPreserved preserved = new PropertyPreserved(CASE, F, EMPLOYER, "鲁甸县人民法院", AssetKind.BANK_DEPOSIT, Money.ofYuan("15000"),
                PRESERVED.plusYears(1), due, List.of(), PRESERVED);
        fixture.given(negotiating())
                .when(new RecordPropertyPreservation(CASE, F, EMPLOYER, "鲁甸县人民法院", AssetKind.BANK_DEPOSIT, Money.ofYuan("15000"), null, PRESERVED))
                .expectEvents(preserved)
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.PROCEEDINGS_AFTER_PRESERVATION, F)).isPresent());
        createFixture();
        fixture.given(plus(negotiating(), preserved))
                .when(new ApplyForArbitration(CASE, "鲁甸县劳动人事争议仲裁委员会", PRESERVED.plusDays(10)))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.PROCEEDINGS_AFTER_PRESERVATION, F)).isEmpty());
    }

    @Test
    void with_property_preserved_enforcement_is_due_within_three_months_of_the_instrument() {
        // 劳动争议解释(一) art. 49
        LocalDate during = FILED.plusDays(12);
        List<Object> history = plus(litigating(), new PropertyPreserved(CASE, F, EMPLOYER, "崆峒区人民法院", AssetKind.BANK_DEPOSIT,
                Money.ofYuan("15000"), during.plusYears(1), null, List.of(), during));
        LocalDate effective = FILED.plusDays(20);
        fixture.given(history)
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), PERFORMANCE_DUE, effective))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION, INSTRUMENT_NO)).get()
                        .extracting(org.caseledger.core.kernel.Deadline::dueOn)
                        .isEqualTo(CourtPeriod.lastDay(effective, Period.ofMonths(3), CALENDAR)));
        // lifted first: no such clock
        createFixture();
        fixture.given(plus(history, new FreezeLifted(CASE, F, "security provided", List.of(), during.plusDays(2))))
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), PERFORMANCE_DUE, effective))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.ENFORCEMENT_AFTER_PRESERVATION, INSTRUMENT_NO)).isEmpty());
    }

    @Test
    void a_preserved_freeze_is_renewed_or_lifted_like_any_other_before_enforcement() {
        List<Object> history = plus(negotiating(), new PropertyPreserved(CASE, F, EMPLOYER, "鲁甸县人民法院", AssetKind.BANK_DEPOSIT,
                Money.ofYuan("15000"), PRESERVED.plusYears(1), null, List.of(), PRESERVED));
        fixture.given(history)
                .when(new LiftFreeze(CASE, F, "the employer provided security", PRESERVED.plusDays(3)))
                .expectEvents(new FreezeLifted(CASE, F, "the employer provided security", List.of(cancelled(DeadlineKind.FREEZE_EXPIRY, F)),
                        PRESERVED.plusDays(3)));
    }
}
