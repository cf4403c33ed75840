package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.wagecase.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 执行: application, search, added debtors, freezes, 限高, 失信, settlement, 终本 and resumption. */
class EnforcementTest extends WageCaseSpec {

    static final ObligorId PARENT = ObligorId.of("PARENT");
    static final LocalDate DAY = ENFORCEMENT_APPLIED.plusDays(5);
    static final FreezeId F1 = FreezeId.of("F1");

    static JudgmentDebtorAdded parentAdded() {
        return new JudgmentDebtorAdded(CASE, PARENT, "兰州某物业集团有限公司", AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER,
                null, DAY.minusDays(3), List.of(), DAY);
    }

    static HighConsumptionRestricted restricted() {
        return new HighConsumptionRestricted(CASE, PARENT, List.of(new RestrictedPerson("刘某", PersonRole.LEGAL_REPRESENTATIVE)), DAY);
    }

    static AssetSearchCompleted searched() {
        return new AssetSearchCompleted(CASE, EMPLOYER, SearchMethod.ONLINE, Money.ZERO, false, false, "balance 0", DAY);
    }

    @Test
    void enforcement_is_applied_for_after_the_performance_deadline_passed() {
        fixture.given(withEffectiveInstrument())
                .when(new org.caseledger.core.enforcement.ApplyForEnforcement(CASE, "崆峒区人民法院", ENFORCEMENT_APPLIED))
                .expectEvents(enforcing().get(enforcing().size() - 1))
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(CaseStage.ENFORCEMENT);
                    assertThat(c.enforcement().state()).isEqualTo(EnforcementState.FILED);
                });
    }

    @Test
    void enforcement_needs_an_effective_instrument() {
        fixture.given(litigating())
                .when(new ApplyForEnforcement(CASE, "法院", FILED.plusDays(40)))
                .expectException(violation(RuleCode.NO_EFFECTIVE_INSTRUMENT));
    }

    @Test
    void enforcement_is_not_applied_for_before_the_performance_deadline() {
        fixture.given(withEffectiveInstrument())
                .when(new ApplyForEnforcement(CASE, "法院", PERFORMANCE_DUE))
                .expectException(violation(RuleCode.INSTRUMENT_NOT_YET_DUE));
    }

    @Test
    void enforcement_more_than_two_years_after_the_performance_deadline_is_time_barred() {
        // 民事诉讼法 art. 250
        clock.setToday(PERFORMANCE_DUE.plusYears(3));
        fixture.given(withEffectiveInstrument())
                .when(new ApplyForEnforcement(CASE, "法院", PERFORMANCE_DUE.plusYears(2).plusDays(1)))
                .expectException(violation(RuleCode.ENFORCEMENT_TIME_BARRED));
        createFixture();
        clock.setToday(PERFORMANCE_DUE.plusYears(3));
        fixture.given(withEffectiveInstrument())
                .when(new ApplyForEnforcement(CASE, "法院", PERFORMANCE_DUE.plusYears(2)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_asset_search_moves_enforcement_to_investigating() {
        fixture.given(enforcing())
                .when(new RecordAssetSearch(CASE, EMPLOYER, SearchMethod.ONLINE, Money.ZERO, false, false, "balance 0", DAY))
                .expectEvents(searched())
                .expectState(c -> assertThat(c.enforcement().state()).isEqualTo(EnforcementState.INVESTIGATING));
    }

    @Test
    void measures_are_taken_only_during_enforcement() {
        fixture.given(withEffectiveInstrument())
                .when(new RecordAssetSearch(CASE, EMPLOYER, SearchMethod.OFFLINE, Money.ZERO, false, false, null, DAY))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }

    @Test
    void measures_are_taken_only_against_parties_of_the_case() {
        fixture.given(enforcing())
                .when(new FreezeAssets(CASE, F1, ObligorId.of("STRANGER"), AssetKind.BANK_DEPOSIT, Money.ofYuan("1000"), null, DAY))
                .expectException(violation(RuleCode.UNKNOWN_OBLIGOR));
    }

    @Test
    void the_parent_is_added_as_judgment_debtor_on_article_20_without_a_cap() {
        fixture.given(enforcing())
                .when(new AddJudgmentDebtor(CASE, PARENT, "兰州某物业集团有限公司", AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER,
                        null, DAY.minusDays(3), DAY))
                .expectEvents(parentAdded())
                .expectState(c -> {
                    assertThat(c.parties().isParty(PARENT)).isTrue();
                    assertThat(c.enforcement().state()).isEqualTo(EnforcementState.MEASURES);
                });
    }

    @Test
    void a_capped_ground_needs_the_cap() {
        fixture.given(enforcing())
                .when(new AddJudgmentDebtor(CASE, PARENT, "股东", AdditionGround.ART_17_UNPAID_CAPITAL, null, DAY, DAY))
                .expectException(violation(RuleCode.LIABILITY_CAP_REQUIRED));
    }

    @Test
    void an_uncapped_ground_takes_no_cap() {
        fixture.given(enforcing())
                .when(new AddJudgmentDebtor(CASE, PARENT, "母公司", AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER,
                        Money.ofYuan("1"), DAY, DAY))
                .expectException(violation(RuleCode.LIABILITY_CAP_NOT_APPLICABLE));
    }

    @Test
    void a_party_cannot_be_added_twice() {
        fixture.given(enforcing())
                .when(new AddJudgmentDebtor(CASE, EMPLOYER, "x", AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER, null, DAY, DAY))
                .expectException(violation(RuleCode.DUPLICATE_OBLIGOR));
    }

    @Test
    void a_ruling_more_than_sixty_days_after_the_application_is_recorded_with_a_warning() {
        fixture.given(enforcing())
                .when(new AddJudgmentDebtor(CASE, PARENT, "母公司", AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER, null,
                        ENFORCEMENT_APPLIED, ENFORCEMENT_APPLIED.plusDays(61)))
                .expectEvents(new JudgmentDebtorAdded(CASE, PARENT, "母公司", AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER, null,
                        ENFORCEMENT_APPLIED, List.of(CaseWarning.ADDITION_RULING_LATE), ENFORCEMENT_APPLIED.plusDays(61)));
    }

    @Test
    void a_deposit_freeze_lasts_one_year_by_default_and_sets_its_expiry_deadline() {
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new FreezeAssets(CASE, F1, PARENT, AssetKind.BANK_DEPOSIT, Money.ofYuan("123036.49"), null, DAY))
                .expectEvents(new AssetsFrozen(CASE, F1, PARENT, AssetKind.BANK_DEPOSIT, Money.ofYuan("123036.49"), DAY.plusYears(1), DAY))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.FREEZE_EXPIRY, F1)).isPresent());
    }

    @Test
    void a_deposit_freeze_longer_than_a_year_is_refused() {
        // 民事诉讼法解释 art. 485
        fixture.given(enforcing())
                .when(new FreezeAssets(CASE, F1, EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofYuan("1"), DAY.plusYears(1).plusDays(1), DAY))
                .expectException(violation(RuleCode.FREEZE_PERIOD_TOO_LONG));
    }

    @Test
    void real_estate_may_be_frozen_for_three_years() {
        fixture.given(enforcing())
                .when(new FreezeAssets(CASE, F1, EMPLOYER, AssetKind.REAL_ESTATE, Money.ofYuan("1"), DAY.plusYears(3), DAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_migrant_wage_account_cannot_be_frozen() {
        fixture.given(enforcing())
                .when(new FreezeAssets(CASE, F1, CONTRACTOR, AssetKind.MIGRANT_WAGE_ACCOUNT, Money.ofYuan("1"), null, DAY))
                .expectException(violation(RuleCode.WAGE_ACCOUNT_NOT_FREEZABLE));
    }

    @Test
    void a_freeze_id_is_used_once() {
        fixture.given(plus(enforcing(), new AssetsFrozen(CASE, F1, EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofYuan("1"), DAY.plusYears(1), DAY)))
                .when(new FreezeAssets(CASE, F1, EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofYuan("1"), null, DAY))
                .expectException(violation(RuleCode.DUPLICATE_FREEZE));
    }

    @Test
    void consumption_restriction_binds_named_persons() {
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new RestrictHighConsumption(CASE, PARENT, List.of(new RestrictedPerson("刘某", PersonRole.LEGAL_REPRESENTATIVE)), DAY))
                .expectEvents(restricted());
        createFixture();
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new RestrictHighConsumption(CASE, PARENT, List.of(), DAY))
                .expectException(violation(RuleCode.REASON_REQUIRED));
    }

    @Test
    void a_dishonest_listing_lasts_two_years_or_three_to_five() {
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, 2, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, DAY.plusYears(2), DAY));
        createFixture();
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, 6, DAY))
                .expectException(violation(RuleCode.DISHONEST_PERIOD_INVALID));
    }

    @Test
    void no_dishonest_listing_while_frozen_property_covers_the_debt() {
        // 失信被执行人名单规定 art. 3
        fixture.given(plus(enforcing(), parentAdded(),
                        new AssetsFrozen(CASE, F1, PARENT, AssetKind.BANK_DEPOSIT, W1_CLAIM.plus(W2_CLAIM), DAY.plusYears(1), DAY)))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, 2, DAY))
                .expectException(violation(RuleCode.DISHONEST_LISTING_BARRED));
    }

    @Test
    void a_warning_of_criminal_liability_names_the_person() {
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new WarnOfCriminalLiability(CASE, PARENT, "刘某", CriminalBasis.CRIMINAL_LAW_ART_313, DAY))
                .expectEvents(new CriminalLiabilityWarned(CASE, PARENT, "刘某", CriminalBasis.CRIMINAL_LAW_ART_313, DAY));
        createFixture();
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new WarnOfCriminalLiability(CASE, PARENT, "", CriminalBasis.CRIMINAL_LAW_ART_313, DAY))
                .expectException(violation(RuleCode.REASON_REQUIRED));
    }

    @Test
    void round_termination_after_three_months_with_search_and_restriction() {
        LocalDate threeMonths = ENFORCEMENT_APPLIED.plusMonths(3);
        clock.setToday(threeMonths);
        fixture.given(plus(enforcing(), parentAdded(), searched(), restricted()))
                .when(new TerminateCurrentRound(CASE, threeMonths))
                .expectEvents(new EnforcementRoundTerminated(CASE, threeMonths))
                .expectState(c -> assertThat(c.enforcement().state()).isEqualTo(EnforcementState.ROUND_TERMINATED));
    }

    @Test
    void round_termination_before_three_months_is_refused() {
        fixture.given(plus(enforcing(), parentAdded(), searched(), restricted()))
                .when(new TerminateCurrentRound(CASE, ENFORCEMENT_APPLIED.plusMonths(3).minusDays(1)))
                .expectException(violation(RuleCode.ROUND_TERMINATION_TOO_EARLY));
    }

    @Test
    void round_termination_needs_a_consumption_restriction() {
        fixture.given(plus(enforcing(), searched()))
                .when(new TerminateCurrentRound(CASE, ENFORCEMENT_APPLIED.plusMonths(4)))
                .expectException(violation(RuleCode.ROUND_TERMINATION_NEEDS_RESTRICTION));
    }

    @Test
    void round_termination_needs_an_asset_search() {
        fixture.given(plus(enforcing(), parentAdded(), restricted()))
                .when(new TerminateCurrentRound(CASE, ENFORCEMENT_APPLIED.plusMonths(4)))
                .expectException(violation(RuleCode.ROUND_TERMINATION_NEEDS_SEARCH));
    }

    @Test
    void after_a_terminated_round_measures_wait_for_resumption() {
        LocalDate later = ENFORCEMENT_APPLIED.plusMonths(5);
        List<Object> terminated = plus(enforcing(), parentAdded(), searched(), restricted(),
                new EnforcementRoundTerminated(CASE, ENFORCEMENT_APPLIED.plusMonths(3)));
        fixture.given(terminated)
                .when(new FreezeAssets(CASE, F1, PARENT, AssetKind.BANK_DEPOSIT, Money.ofYuan("1"), null, later))
                .expectException(violation(RuleCode.ENFORCEMENT_NOT_ACTIVE));
        createFixture();
        fixture.given(terminated)
                .when(new ResumeEnforcement(CASE, "new bank account found", later))
                .expectEvents(new EnforcementResumed(CASE, "new bank account found", later))
                .expectState(c -> assertThat(c.enforcement().isActive()).isTrue());
    }

    @Test
    void a_settlement_suspends_enforcement_until_it_is_breached() {
        List<Object> settled = plus(enforcing(), new EnforcementSettlementReached(CASE, "pay in 3 instalments", DAY));
        fixture.given(enforcing())
                .when(new RecordEnforcementSettlement(CASE, "pay in 3 instalments", DAY))
                .expectEvents(settled.get(settled.size() - 1))
                .expectState(c -> assertThat(c.enforcement().state()).isEqualTo(EnforcementState.SETTLED));
        createFixture();
        fixture.given(settled)
                .when(new RestrictHighConsumption(CASE, EMPLOYER, List.of(new RestrictedPerson("陈某", PersonRole.LEGAL_REPRESENTATIVE)), DAY))
                .expectException(violation(RuleCode.ENFORCEMENT_NOT_ACTIVE));
    }

    @Test
    void there_is_nothing_to_resume_while_enforcement_is_active() {
        fixture.given(enforcing())
                .when(new ResumeEnforcement(CASE, "why", DAY))
                .expectException(violation(RuleCode.NOTHING_TO_RESUME));
    }

    @Test
    void the_enforcement_case_filing_starts_the_three_months() {
        LocalDate filed = ENFORCEMENT_APPLIED.plusDays(10);
        fixture.given(plus(enforcing(), new EnforcementCaseFiled(CASE, "(2025)甘0802执1号", filed), searched(), parentAdded(), restricted()))
                .when(new TerminateCurrentRound(CASE, ENFORCEMENT_APPLIED.plusMonths(3)))
                .expectException(violation(RuleCode.ROUND_TERMINATION_TOO_EARLY));
    }
}
