package org.caseledger.core.litigation;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Final and non-final awards: the type the award states governs (劳动争议解释(一) art. 18); an item stating none is typed by
 * 劳动争议调解仲裁法 art. 47 against the monthly minimum wage of the commission's locality on the day the award was made
 * (解释(一) art. 19); a mixed award is non-final (art. 20); and the employer's application to set a final award aside
 * (art. 49; 解释(一) arts. 18(二), 21). The case's union is 鲁甸县 (530621): its table figure is ¥1,600 a month, so an item of
 * up to ¥19,200 is final.
 */
class FinalAwardsTest extends WageCaseSpec {

    static final LocalDate RECEIVED = ArbitrationAndLitigationTest.APPLIED.plusDays(30);
    static final Money LIMIT = Money.ofYuan("19200");

    static AwardItem item(org.caseledger.core.kernel.ClaimantId w, String yuan, boolean statedFinal) {
        return new AwardItem(w, AmountComponent.PRINCIPAL, Money.ofYuan(yuan), statedFinal);
    }

    static AwardItem item(org.caseledger.core.kernel.ClaimantId w, AmountComponent kind, String yuan, AwardType stated) {
        return new AwardItem(w, kind, Money.ofYuan(yuan), stated);
    }

    static ArbitralAwardIssued issued(List<AwardItem> items, boolean finalAward, List<CaseWarning> warnings) {
        return new ArbitralAwardIssued(CASE, "A1", items, List.of(cancelled(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)),
                CourtPeriod.lastDay(RECEIVED, 15, CALENDAR), finalAward, LIMIT, warnings, false, RECEIVED, RECEIVED, "530621");
    }

    @Test
    void the_table_gives_the_minimum_of_the_locality_in_force_on_the_day() throws Exception {
        MinimumWages table = MinimumWages.fromDefaultResource().plus(MinimumWages.parse(new StringReader(
                "53\t2022-10-01\t1500\tprovince\n530621\t2026-01-01\t1800\ta later standard\n"), "test"));
        assertThat(table.at(RegionCode.of("530621"), LocalDate.of(2025, 6, 1)).map(MinimumWages.Found::finalLimit)).contains(Money.ofYuan("19200"));
        assertThat(table.at(RegionCode.of("530621"), LocalDate.of(2026, 2, 1)).map(MinimumWages.Found::finalLimit)).contains(Money.ofYuan("21600"));
        assertThat(table.at(RegionCode.of("530602"), LocalDate.of(2025, 6, 1)).map(MinimumWages.Found::finalLimit)).contains(Money.ofYuan("18000"));
        assertThat(table.at(RegionCode.of("530621"), LocalDate.of(2022, 9, 30))).isEmpty();
        assertThat(table.at(RegionCode.of("110101"), LocalDate.of(2025, 6, 1))).isEmpty();
        assertThatThrownBy(() -> MinimumWages.parse(new StringReader("53\t2022-10-01\t-5\tx\n"), "bad.tsv"))
                .hasMessageContaining("bad.tsv line 1");
    }

    /** 当地: a city union's case (平凉市, 620800) has the tier of the district its city sits in (崆峒区, 620802). */
    @Test
    void a_city_is_the_locality_of_its_seat_and_without_one_of_the_rows_beneath_that_agree() throws Exception {
        MinimumWages table = MinimumWages.fromDefaultResource();
        assertThat(table.at(RegionCode.of("620800"), LocalDate.of(2025, 6, 1)))
                .hasValueSatisfying(f -> {
                    assertThat(f.region()).isEqualTo("620802");
                    assertThat(f.finalLimit()).isEqualTo(Money.ofYuan("21240"));
                });
        MinimumWages noSeat = MinimumWages.parse(new StringReader("450102\t2024-01-01\t1990\ta\n450103\t2024-01-01\t1990\tb\n"
                + "450202\t2024-01-01\t1990\tc\n450203\t2024-01-01\t1840\td\n"), "t");
        assertThat(noSeat.at(RegionCode.of("450100"), LocalDate.of(2025, 1, 1)).map(MinimumWages.Found::finalLimit)).contains(Money.ofYuan("23880"));
        assertThat(noSeat.at(RegionCode.of("450200"), LocalDate.of(2025, 1, 1))).isEmpty(); // its districts differ
    }

    /** 解释(一) art. 18: an item stated final within the limit is final; the award governs, and here agrees with the law. */
    @Test
    void items_stated_final_within_twelve_months_of_the_minimum_make_a_final_award() {
        List<AwardItem> items = List.of(item(W1, "19200", true), item(W2, "5000", true));
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", items, RECEIVED))
                .expectEvents(issued(items, true, List.of()))
                .expectState(c -> assertThat(c.arbitration().isFinalAward()).isTrue());
    }

    /** 解释(一) art. 18: the award stating final governs, even above the limit; recorded as stated, flagged. */
    @Test
    void an_item_stated_final_above_the_limit_stays_final_and_is_flagged() {
        List<AwardItem> items = List.of(item(W1, "19200.01", true), item(W2, "5000", true));
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", items, RECEIVED))
                .expectEvents(issued(items, true, List.of(CaseWarning.AWARD_FINALITY_NOT_AS_THE_LAW_SAYS)));
    }

    /** 解释(一) art. 18: an award of ¥10,000 wages stated non-final stays non-final, though art. 47 would make it final. */
    @Test
    void an_award_stated_non_final_within_the_limit_stays_non_final_and_is_flagged() {
        List<AwardItem> items = List.of(item(W1, AmountComponent.PRINCIPAL, "10000", AwardType.NON_FINAL));
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", items, RECEIVED))
                .expectEvents(issued(items, false, List.of(CaseWarning.AWARD_FINALITY_NOT_AS_THE_LAW_SAYS)));
    }

    /** 解释(一) arts. 19-20: stating nothing, each item by art. 47; one item above the limit makes the award non-final. */
    @Test
    void an_award_stating_nothing_is_typed_item_by_item_and_a_mixed_one_is_non_final() {
        List<AwardItem> within = List.of(item(W1, AmountComponent.PRINCIPAL, "10000", AwardType.NOT_STATED),
                item(W2, AmountComponent.OVERTIME_PAY, "19200", AwardType.NOT_STATED));
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", within, RECEIVED))
                .expectEvents(issued(within, true, List.of()));
        createFixture();
        List<AwardItem> mixed = List.of(item(W1, AmountComponent.PRINCIPAL, "10000", AwardType.NOT_STATED),
                item(W2, AmountComponent.PRINCIPAL, "19200.01", AwardType.NOT_STATED));
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", mixed, RECEIVED))
                .expectEvents(issued(mixed, false, List.of()));
    }

    /**
     * art. 47(2): rest and leave and social insurance are final whatever the amount; a matter art. 47 does not name is
     * not final by it.
     */
    @Test
    void rest_and_leave_and_social_insurance_are_final_whatever_the_amount_and_other_matters_are_not() {
        List<AwardItem> standards = List.of(item(W1, AmountComponent.LEAVE_PAY, "50000", AwardType.NOT_STATED),
                item(W2, AmountComponent.SOCIAL_INSURANCE, "80000", AwardType.NOT_STATED));
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", standards, RECEIVED))
                .expectEvents(issued(standards, true, List.of()));
        createFixture();
        List<AwardItem> other = List.of(item(W1, AmountComponent.OTHER, "100", AwardType.NOT_STATED));
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", other, RECEIVED))
                .expectEvents(issued(other, false, List.of()));
    }

    /** art. 47: the minimum in force on the day the award was made, in the commission's locality. */
    @Test
    void the_minimum_is_that_of_the_day_the_award_was_made_in_the_commissions_locality() {
        List<AwardItem> items = List.of(item(W1, AmountComponent.PRINCIPAL, "20000", AwardType.NOT_STATED));
        // made in 石嘴山 (640202: ¥1,950, limit ¥23,400) though the union is in 鲁甸 (limit ¥19,200): final there
        LocalDate made = RECEIVED.minusDays(3);
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordArbitralAward(CASE, "A1", items, false, RECEIVED, null, made, RegionCode.of("640200")))
                .expectEvents(new ArbitralAwardIssued(CASE, "A1", items, List.of(cancelled(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)),
                        CourtPeriod.lastDay(RECEIVED, 15, CALENDAR), true, Money.ofYuan("23400"), List.of(), false, RECEIVED, made, "640202"));
    }

    @Test
    void the_employer_applies_to_set_a_final_award_aside_within_thirty_days_and_enforcement_waits() {
        List<AwardItem> items = List.of(item(W1, "10000", true));
        List<Object> awarded = plus(ArbitrationAndLitigationTest.arbitrating(), issued(items, true, List.of()));
        LocalDate applied = RECEIVED.plusDays(20);
        fixture.given(awarded)
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", null, applied))
                .expectEvents(new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), applied));
        createFixture();
        LocalDate late = CourtPeriod.lastDay(RECEIVED, 30, CALENDAR).plusDays(1);
        fixture.given(awarded)
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", null, late))
                .expectEvents(new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(CaseWarning.SET_ASIDE_APPLICATION_LATE), late));
        // the award taking effect and the worker applying for enforcement while the application is pending: flagged
        createFixture();
        List<Object> pending = plus(awarded, new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), applied),
                new InstrumentBecameEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A1", List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL,
                        Money.ofYuan("10000"))), RECEIVED.plusDays(16), List.of(), null, null, RECEIVED.plusYears(2), List.of(), RECEIVED.plusDays(16)));
        fixture.given(pending)
                .when(new org.caseledger.core.enforcement.ApplyForEnforcement(CASE, "鲁甸县人民法院", applied.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(warned(CaseWarning.ENFORCEMENT_WHILE_SET_ASIDE_PENDING),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void setting_aside_a_non_final_award_is_flagged_and_a_second_application_refused() {
        List<AwardItem> items = List.of(item(W1, "30000", false));
        List<Object> awarded = plus(ArbitrationAndLitigationTest.arbitrating(), issued(items, false, List.of()));
        fixture.given(awarded)
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", RECEIVED.plusDays(1), RECEIVED.plusDays(5)))
                .expectEvents(new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(CaseWarning.SET_ASIDE_OF_NON_FINAL_AWARD),
                        RECEIVED.plusDays(5)));
        createFixture();
        fixture.given(plus(awarded, new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), RECEIVED.plusDays(5))))
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", null, RECEIVED.plusDays(6)))
                .expectException(violation(RuleCode.SET_ASIDE_ALREADY_PENDING));
        createFixture();
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", null, RECEIVED.plusDays(6)))
                .expectException(violation(RuleCode.NO_AWARD));
    }

    @Test
    void an_award_set_aside_cannot_take_effect_and_the_worker_may_sue_within_fifteen_days_of_the_ruling() {
        // 劳动争议调解仲裁法 art. 49 ¶3
        List<AwardItem> items = List.of(item(W1, "10000", true));
        LocalDate ruled = RECEIVED.plusDays(50);
        LocalDate suitDue = CourtPeriod.lastDay(ruled, 15, CALENDAR);
        List<Object> pending = plus(ArbitrationAndLitigationTest.arbitrating(), issued(items, true, List.of()),
                new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), RECEIVED.plusDays(10)));
        fixture.given(pending)
                .when(new RecordSetAsideRuling(CASE, "(2025)云06民特3号", true, ruled))
                .expectEvents(new SetAsideRuled(CASE, "(2025)云06民特3号", "A1", true, suitDue,
                        List.of(cancelled(DeadlineKind.SUIT_AFTER_AWARD, "A1")), ruled));
        List<Object> setAside = plus(pending, new SetAsideRuled(CASE, "(2025)云06民特3号", "A1", true, suitDue,
                List.of(cancelled(DeadlineKind.SUIT_AFTER_AWARD, "A1")), ruled));
        createFixture();
        fixture.given(setAside)
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A1",
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000"))), ruled.plusDays(1), null, null, ruled.plusDays(1)))
                .expectException(violation(RuleCode.AWARD_SET_ASIDE));
        createFixture();
        fixture.given(setAside)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, suitDue))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(warned(), org.axonframework.test.matchers.Matchers.andNoMore())));
        createFixture();
        fixture.given(setAside)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, suitDue.plusDays(1)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(warned(CaseWarning.SUIT_AFTER_AWARD_PERIOD_PASSED),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void a_partial_award_leaves_the_award_period_running_for_the_rest() {
        // 劳动争议调解仲裁法 art. 43 ¶2: 先行裁决
        LocalDate accepted = ArbitrationAndLitigationTest.APPLIED.plusDays(3);
        LocalDate due = CourtPeriod.lastDay(accepted, 45, CALENDAR);
        List<Object> history = plus(ArbitrationAndLitigationTest.arbitrating(), new ArbitrationAccepted(CASE, "案1",
                List.of(met(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)), due, accepted));
        List<AwardItem> items = List.of(item(W1, "10000", true));
        fixture.given(history)
                .when(new RecordArbitralAward(CASE, "A0", items, true, accepted.plusDays(10)))
                .expectEvents(new ArbitralAwardIssued(CASE, "A0", items, List.of(), CourtPeriod.lastDay(accepted.plusDays(10), 15, CALENDAR),
                        true, LIMIT, List.of(), true, accepted.plusDays(10), accepted.plusDays(10), "530621"))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.ARBITRAL_AWARD, CASE)).isPresent());
        createFixture();
        fixture.given(plus(history, new ArbitralAwardIssued(CASE, "A0", items, List.of(), CourtPeriod.lastDay(accepted.plusDays(10), 15, CALENDAR),
                        true, LIMIT, List.of(), true, accepted.plusDays(10))))
                .when(new RecordAwardPeriodExtension(CASE, due.plusDays(10), accepted.plusDays(40)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_employer_sues_against_a_non_final_award_and_against_a_final_one_it_is_flagged() {
        // 劳动争议调解仲裁法 art. 50 (non-final: either side sues); arts. 48-49 (final: the employer applies to set aside)
        LocalDate sued = RECEIVED.plusDays(10);
        List<Object> nonFinal = plus(ArbitrationAndLitigationTest.arbitrating(), issued(List.of(item(W1, "30000", false)), false, List.of()));
        fixture.given(nonFinal)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, List.of(), PartySide.EMPLOYER, sued))
                .expectEvents(new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(met(DeadlineKind.SUIT_AFTER_AWARD, "A1")), List.of(), List.of(),
                        PartySide.EMPLOYER, sued))
                .expectState(c -> assertThat(c.stage()).isEqualTo(org.caseledger.core.kernel.CaseStage.LITIGATION));
        createFixture();
        List<Object> fin = plus(ArbitrationAndLitigationTest.arbitrating(), issued(List.of(item(W1, "10000", true)), true, List.of()));
        fixture.given(fin)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, List.of(), PartySide.EMPLOYER, sued))
                .expectEvents(new LawsuitFiled(CASE, "鲁甸县人民法院", null, List.of(met(DeadlineKind.SUIT_AFTER_AWARD, "A1")),
                        List.of(CaseWarning.EMPLOYER_SUIT_AGAINST_FINAL_AWARD), List.of(), PartySide.EMPLOYER, sued));
        createFixture();
        fixture.given(ArbitrationAndLitigationTest.arbitrating())
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, List.of(), PartySide.EMPLOYER, sued))
                .expectException(violation(RuleCode.NO_AWARD));
    }

    @Test
    void each_group_of_workers_has_its_award_set_aside_or_not_on_its_own() {
        // two awards, one per worker: the employer applies against W1's final award only; the ruling names it
        ArbitralAwardIssued forW1 = new ArbitralAwardIssued(CASE, "A1", List.of(item(W1, "10000", true)),
                List.of(cancelled(DeadlineKind.ARBITRATION_ACCEPTANCE, CASE)), CourtPeriod.lastDay(RECEIVED, 15, CALENDAR), true, LIMIT, List.of(), RECEIVED);
        LocalDate second = RECEIVED.plusDays(3);
        ArbitralAwardIssued forW2 = new ArbitralAwardIssued(CASE, "A2", List.of(item(W2, "5000", true)), List.of(),
                CourtPeriod.lastDay(second, 15, CALENDAR), true, LIMIT, List.of(), second);
        List<Object> awarded = plus(ArbitrationAndLitigationTest.arbitrating(), forW1, forW2);
        LocalDate applied = RECEIVED.plusDays(20);
        fixture.given(awarded)
                .when(new RecordSetAsideApplication(CASE, "昭通市中级人民法院", "A1", null, applied))
                .expectEvents(new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), applied));
        List<Object> pending = plus(awarded, new SetAsideApplied(CASE, "昭通市中级人民法院", "A1", List.of(), applied));
        LocalDate ruled = applied.plusDays(30);
        LocalDate suitDue = CourtPeriod.lastDay(ruled, 15, CALENDAR);
        createFixture();
        fixture.given(pending)
                .when(new RecordSetAsideRuling(CASE, "(2025)云06民特9号", "A2", true, ruled))
                .expectException(violation(RuleCode.NO_SET_ASIDE_APPLICATION));
        createFixture();
        fixture.given(pending)
                .when(new RecordSetAsideRuling(CASE, "(2025)云06民特9号", true, ruled))
                .expectEvents(new SetAsideRuled(CASE, "(2025)云06民特9号", "A1", true, suitDue, List.of(cancelled(DeadlineKind.SUIT_AFTER_AWARD, "A1")), ruled));
        // W2's award was never challenged: it takes effect; W1's cannot
        List<Object> setAside = plus(pending, new SetAsideRuled(CASE, "(2025)云06民特9号", "A1", true, suitDue,
                List.of(cancelled(DeadlineKind.SUIT_AFTER_AWARD, "A1")), ruled));
        createFixture();
        fixture.given(setAside)
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A2",
                        List.of(new EnforceableAmount(W2, AmountComponent.PRINCIPAL, Money.ofYuan("5000"))), ruled.plusDays(1), null, null, ruled.plusDays(1)))
                .expectSuccessfulHandlerExecution();
        createFixture();
        fixture.given(setAside)
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.ARBITRAL_AWARD, "A1",
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, Money.ofYuan("10000"))), ruled.plusDays(1), null, null, ruled.plusDays(1)))
                .expectException(violation(RuleCode.AWARD_SET_ASIDE));
        // W1 sues within 15 days of the ruling: in time, though W2's award's days ran out long before
        createFixture();
        fixture.given(setAside)
                .when(new FileLawsuit(CASE, "鲁甸县人民法院", null, List.of(W1), suitDue))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(warned(), org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    /** An event whose warnings are exactly these. */
    static org.hamcrest.Matcher<Object> warned(CaseWarning... expected) {
        return new org.hamcrest.BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof org.caseledger.core.kernel.WageCaseEvent e && e.warnings().equals(List.of(expected));
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("an event warning " + List.of(expected));
            }
        };
    }
}
