package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.EnforcementState;

import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import org.caseledger.core.deadline.CourtPeriod;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.EnforceableAmount;
import org.caseledger.core.litigation.InstrumentKind;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.kernel.InterruptionCause;
import org.caseledger.core.limitation.LimitationInterrupted;
import org.caseledger.core.limitation.LimitationKind;

import java.time.LocalDate;
import java.time.Period;
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
    void enforcement_after_the_two_years_is_recorded_with_a_warning() {
        // 民事诉讼法 art. 250: the court accepts a late application and the debtor may object (民事诉讼法解释 art. 481)
        LocalDate lastDay = CourtPeriod.lastDay(PERFORMANCE_DUE, Period.ofYears(2), CALENDAR);
        clock.setToday(PERFORMANCE_DUE.plusYears(3));
        fixture.given(withEffectiveInstrument())
                .when(new ApplyForEnforcement(CASE, "法院", lastDay.plusDays(1)))
                .expectEvents(new EnforcementApplied(CASE, "法院", List.of(missed(DeadlineKind.ENFORCEMENT_APPLICATION, INSTRUMENT_NO),
                        missed(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)), List.of(CaseWarning.ENFORCEMENT_LIMITATION_PASSED), lastDay.plusDays(1)));
        createFixture();
        clock.setToday(PERFORMANCE_DUE.plusYears(3));
        fixture.given(withEffectiveInstrument())
                .when(new ApplyForEnforcement(CASE, "法院", lastDay))
                .expectEvents(new EnforcementApplied(CASE, "法院", List.of(met(DeadlineKind.ENFORCEMENT_APPLICATION, INSTRUMENT_NO),
                        missed(DeadlineKind.PERFORMANCE, INSTRUMENT_NO)), List.of(), lastDay));
    }

    @Test
    void for_instalments_the_two_years_run_from_the_last_instalment() {
        // 民事诉讼法 art. 250 ¶2
        LocalDate lastInstalment = PERFORMANCE_DUE.plusMonths(6);
        fixture.given(litigating())
                .when(new RecordInstrumentEffective(CASE, InstrumentKind.COURT_MEDIATION, INSTRUMENT_NO,
                        List.of(new EnforceableAmount(W1, AmountComponent.PRINCIPAL, W1_CLAIM)), PERFORMANCE_DUE, lastInstalment, null,
                        FILED.plusDays(20)))
                .expectState(c -> {
                    assertThat(c.deadlines().find(DeadlineKind.ENFORCEMENT_APPLICATION, INSTRUMENT_NO)).get()
                            .extracting(org.caseledger.core.kernel.Deadline::dueOn)
                            .isEqualTo(CourtPeriod.lastDay(lastInstalment, Period.ofYears(2), CALENDAR));
                    assertThat(c.limitations().earliestLastDay(LimitationKind.ENFORCEMENT, CALENDAR))
                            .contains(CourtPeriod.lastDay(lastInstalment, Period.ofYears(2), CALENDAR));
                });
    }

    @Test
    void a_settlement_restarts_the_two_years_from_its_agreed_last_day() {
        // 民事诉讼法解释 art. 466; 执行和解规定 art. 10: resuming the original instrument after a broken settlement
        LocalDate agreedLast = DAY.plusMonths(4);
        LocalDate last = CourtPeriod.lastDay(agreedLast, Period.ofYears(2), CALENDAR);
        fixture.given(enforcing())
                .when(new RecordEnforcementSettlement(CASE, "pay in 3 instalments", agreedLast, DAY))
                .expectEvents(new EnforcementSettlementReached(CASE, "pay in 3 instalments", agreedLast, DAY),
                        new LimitationInterrupted(CASE, LimitationKind.ENFORCEMENT, InterruptionCause.ENFORCEMENT_SETTLEMENT, List.of(), "",
                                agreedLast, last, List.of(), List.of(org.caseledger.core.kernel.Deadline.of(DeadlineKind.ENFORCEMENT_APPLICATION,
                                INSTRUMENT_NO, last)), DAY));
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
        refusedAsWritten(() -> new AddJudgmentDebtor(CASE, PARENT, "股东", AdditionGround.ART_17_UNPAID_CAPITAL, null, DAY, DAY), RuleCode.LIABILITY_CAP_REQUIRED);
    }

    @Test
    void an_uncapped_ground_takes_no_cap() {
        refusedAsWritten(() -> new AddJudgmentDebtor(CASE, PARENT, "母公司", AdditionGround.ART_20_ONE_PERSON_COMPANY_SHAREHOLDER,
                        Money.ofYuan("1"), DAY, DAY), RuleCode.LIABILITY_CAP_NOT_APPLICABLE);
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
    void a_deposit_freeze_longer_than_a_year_is_recorded_and_flagged() {
        // 民事诉讼法解释 art. 485: the court's freeze is a fact; the officer sees that it exceeds the year
        fixture.given(enforcing())
                .when(new FreezeAssets(CASE, F1, EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofYuan("1"), DAY.plusYears(1).plusDays(1), DAY))
                .expectEvents(new AssetsFrozen(CASE, F1, EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofYuan("1"), DAY.plusYears(1).plusDays(1),
                        List.of(CaseWarning.FREEZE_PERIOD_TOO_LONG), DAY));
    }

    @Test
    void real_estate_may_be_frozen_for_three_years() {
        fixture.given(enforcing())
                .when(new FreezeAssets(CASE, F1, EMPLOYER, AssetKind.REAL_ESTATE, Money.ofYuan("1"), DAY.plusYears(3), DAY))
                .expectEvents(new AssetsFrozen(CASE, F1, EMPLOYER, AssetKind.REAL_ESTATE, Money.ofYuan("1"), DAY.plusYears(3), List.of(), DAY));
    }

    @Test
    void a_migrant_wage_account_is_frozen_for_the_wages_of_its_projects_migrant_workers() {
        // 保障农民工工资支付条例 art. 33: not for other debts, but for exactly these wages
        fixture.given(enforcing())
                .when(new FreezeAssets(CASE, F1, CONTRACTOR, AssetKind.MIGRANT_WAGE_ACCOUNT, Money.ofYuan("1"), null, DAY))
                .expectEvents(new AssetsFrozen(CASE, F1, CONTRACTOR, AssetKind.MIGRANT_WAGE_ACCOUNT, Money.ofYuan("1"), DAY.plusYears(1),
                        List.of(), DAY));
    }

    @Test
    void a_freeze_renewed_before_it_expires_moves_its_expiry() {
        // 民事诉讼法解释 art. 485: renewed before expiry, for no longer than a first freeze
        AssetsFrozen frozen = new AssetsFrozen(CASE, F1, EMPLOYER, AssetKind.BANK_DEPOSIT, Money.ofYuan("1"), DAY.plusYears(1), DAY);
        LocalDate renewedOn = DAY.plusYears(1).minusDays(10);
        clock.setToday(DAY.plusYears(3));
        fixture.given(plus(enforcing(), frozen))
                .when(new RenewFreeze(CASE, F1, DAY.plusYears(2), renewedOn))
                .expectEvents(new FreezeRenewed(CASE, F1, DAY.plusYears(2), List.of(), List.of(met(DeadlineKind.FREEZE_EXPIRY, F1)), renewedOn))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.FREEZE_EXPIRY, F1)).get()
                        .extracting(org.caseledger.core.kernel.Deadline::dueOn).isEqualTo(DAY.plusYears(2)));
        createFixture();
        clock.setToday(DAY.plusYears(3));
        LocalDate late = DAY.plusYears(1).plusDays(3);
        fixture.given(plus(enforcing(), frozen))
                .when(new RenewFreeze(CASE, F1, late.plusYears(2), late))
                .expectEvents(new FreezeRenewed(CASE, F1, late.plusYears(2),
                        List.of(CaseWarning.FREEZE_RENEWED_AFTER_EXPIRY, CaseWarning.FREEZE_PERIOD_TOO_LONG),
                        List.of(missed(DeadlineKind.FREEZE_EXPIRY, F1)), late));
    }

    @Test
    void a_lifted_freeze_ends_its_expiry_deadline_and_no_longer_counts_as_frozen() {
        AssetsFrozen frozen = new AssetsFrozen(CASE, F1, PARENT, AssetKind.BANK_DEPOSIT, W1_CLAIM.plus(W2_CLAIM), DAY.plusYears(1), DAY);
        fixture.given(plus(enforcing(), parentAdded(), frozen))
                .when(new LiftFreeze(CASE, F1, "security given", DAY.plusDays(1)))
                .expectEvents(new FreezeLifted(CASE, F1, "security given", List.of(cancelled(DeadlineKind.FREEZE_EXPIRY, F1)), DAY.plusDays(1)))
                .expectState(c -> assertThat(c.freezes().frozenFrom(PARENT, DAY.plusDays(1))).isEqualTo(Money.ZERO));
        createFixture();
        fixture.given(plus(enforcing(), parentAdded(), frozen, new FreezeLifted(CASE, F1, "security given", List.of(), DAY.plusDays(1))))
                .when(new RenewFreeze(CASE, F1, DAY.plusYears(2), DAY.plusDays(2)))
                .expectException(violation(RuleCode.FREEZE_NOT_IN_FORCE));
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
        refusedAsWritten(() -> new RestrictHighConsumption(CASE, PARENT, List.of(), DAY), RuleCode.REASON_REQUIRED);
    }

    @Test
    void ground_one_lists_without_a_fixed_term() {
        // 失信被执行人名单规定 art. 2: able but refuses to perform → listed until it performs
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, null, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, null, false, List.of(), DAY))
                .expectState(c -> assertThat(c.deadlines().find(DeadlineKind.DISHONEST_LISTING_EXPIRY, PARENT)).isEmpty());
        createFixture();
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, 2, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, DAY.plusYears(2), false,
                        List.of(CaseWarning.DISHONEST_TERM_IRREGULAR), DAY));
    }

    @Test
    void grounds_two_to_six_list_for_two_years_or_three_to_five_when_serious() {
        // 失信被执行人名单规定 art. 2
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.OBSTRUCTS_EXECUTION, 2, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.OBSTRUCTS_EXECUTION, DAY.plusYears(2), false, List.of(), DAY));
        createFixture();
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.OBSTRUCTS_EXECUTION, 4, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.OBSTRUCTS_EXECUTION, DAY.plusYears(4), true, List.of(), DAY));
        createFixture();
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.BREACHES_ASSET_REPORT_DUTY, null, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.BREACHES_ASSET_REPORT_DUTY, null, false,
                        List.of(CaseWarning.DISHONEST_TERM_IRREGULAR), DAY));
        refusedAsWritten(() -> new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.OBSTRUCTS_EXECUTION, 6, DAY), RuleCode.DISHONEST_PERIOD_INVALID);
    }

    @Test
    void a_ground_one_listing_while_frozen_property_covers_the_debt_is_flagged() {
        // 失信被执行人名单规定 art. 3, which bars ground 1 only
        List<Object> covered = plus(enforcing(), parentAdded(),
                new AssetsFrozen(CASE, F1, PARENT, AssetKind.BANK_DEPOSIT, W1_CLAIM.plus(W2_CLAIM), DAY.plusYears(1), DAY));
        fixture.given(covered)
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, null, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, null, false,
                        List.of(CaseWarning.DISHONEST_LISTING_WHILE_COVERED), DAY));
        createFixture();
        fixture.given(covered)
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.OBSTRUCTS_EXECUTION, 2, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.OBSTRUCTS_EXECUTION, DAY.plusYears(2), false, List.of(), DAY));
    }

    @Test
    void a_capped_debtor_is_covered_once_its_frozen_property_reaches_its_cap() {
        // 失信被执行人名单规定 art. 3 with 变更追加规定 art. 17: the shareholder owes no more than its unpaid capital
        JudgmentDebtorAdded capped = new JudgmentDebtorAdded(CASE, PARENT, "股东", AdditionGround.ART_17_UNPAID_CAPITAL,
                Money.ofYuan("1000"), DAY.minusDays(3), List.of(), DAY);
        fixture.given(plus(enforcing(), capped,
                        new AssetsFrozen(CASE, F1, PARENT, AssetKind.BANK_DEPOSIT, Money.ofYuan("1000"), DAY.plusYears(1), DAY)))
                .when(new ListAsDishonestDebtor(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, null, DAY))
                .expectEvents(new DishonestDebtorListed(CASE, PARENT, DishonestGround.ABLE_BUT_REFUSES, null, false,
                        List.of(CaseWarning.DISHONEST_LISTING_WHILE_COVERED), DAY));
    }

    @Test
    void a_warning_of_criminal_liability_names_the_person() {
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new WarnOfCriminalLiability(CASE, PARENT, "刘某", CriminalBasis.CRIMINAL_LAW_ART_313, DAY))
                .expectEvents(new CriminalLiabilityWarned(CASE, PARENT, "刘某", CriminalBasis.CRIMINAL_LAW_ART_313, DAY));
        refusedAsWritten(() -> new WarnOfCriminalLiability(CASE, PARENT, "", CriminalBasis.CRIMINAL_LAW_ART_313, DAY), RuleCode.REASON_REQUIRED);
    }

    static AssetSearchCompleted searchOf(ObligorId obligor) {
        return new AssetSearchCompleted(CASE, obligor, SearchMethod.ONLINE, Money.ZERO, false, false, "balance 0", DAY);
    }

    static HighConsumptionRestricted restrictionOf(ObligorId obligor) {
        return new HighConsumptionRestricted(CASE, obligor, List.of(new RestrictedPerson("陈某", PersonRole.LEGAL_REPRESENTATIVE)), DAY);
    }

    /** Both judgment debtors searched and restricted (终本规定 art. 1(2)-(3) per debtor). */
    static List<Object> everyDebtorSearchedAndRestricted() {
        return plus(enforcing(), parentAdded(), searchOf(PARENT), searchOf(EMPLOYER), restrictionOf(PARENT), restrictionOf(EMPLOYER));
    }

    @Test
    void round_termination_more_than_three_months_after_filing_with_every_debtor_searched_and_restricted() {
        // 终本规定 art. 1; art. 9: the court re-searches every six months
        LocalDate after = ENFORCEMENT_APPLIED.plusMonths(3).plusDays(1);
        clock.setToday(after);
        fixture.given(everyDebtorSearchedAndRestricted())
                .when(new TerminateCurrentRound(CASE, after))
                .expectEvents(new EnforcementRoundTerminated(CASE, List.of(), List.of(org.caseledger.core.kernel.Deadline.of(
                        DeadlineKind.ASSET_RE_SEARCH, "ROUND-" + after, after.plusMonths(6))), after))
                .expectState(c -> assertThat(c.enforcement().state()).isEqualTo(EnforcementState.ROUND_TERMINATED));
    }

    @Test
    void round_termination_on_the_day_three_months_end_is_recorded_and_flagged() {
        // "more than three months" (终本规定 art. 1(4)): the day they end is not enough
        LocalDate threeMonths = ENFORCEMENT_APPLIED.plusMonths(3);
        clock.setToday(threeMonths);
        fixture.given(everyDebtorSearchedAndRestricted())
                .when(new TerminateCurrentRound(CASE, threeMonths))
                .expectEvents(new EnforcementRoundTerminated(CASE, List.of(CaseWarning.ROUND_TERMINATED_WITHIN_THREE_MONTHS),
                        List.of(Enforcement.firstReSearch(threeMonths)), threeMonths));
    }

    @Test
    void round_termination_without_each_debtors_search_and_restriction_is_flagged() {
        // the parent restricted but not searched, the employer searched but not restricted: art. 1(2)-(3) fail per debtor
        LocalDate later = ENFORCEMENT_APPLIED.plusMonths(4);
        fixture.given(plus(enforcing(), parentAdded(), searched(), restricted()))
                .when(new TerminateCurrentRound(CASE, later))
                .expectEvents(new EnforcementRoundTerminated(CASE, List.of(CaseWarning.ROUND_TERMINATED_WITHOUT_SEARCH,
                        CaseWarning.ROUND_TERMINATED_WITHOUT_RESTRICTION), List.of(Enforcement.firstReSearch(later)), later));
    }

    @Test
    void after_termination_each_search_answers_the_reminder_and_sets_the_next_one() {
        // 终本规定 art. 9: every six months, for five years
        LocalDate terminated = ENFORCEMENT_APPLIED.plusMonths(4);
        LocalDate research = terminated.plusMonths(6).minusDays(2);
        clock.setToday(research);
        fixture.given(plus(everyDebtorSearchedAndRestricted(), new EnforcementRoundTerminated(CASE, List.of(),
                        List.of(Enforcement.firstReSearch(terminated)), terminated)))
                .when(new RecordAssetSearch(CASE, EMPLOYER, SearchMethod.ONLINE, Money.ZERO, false, false, "nothing new", research))
                .expectEvents(new AssetSearchCompleted(CASE, EMPLOYER, SearchMethod.ONLINE, Money.ZERO, false, false, "nothing new",
                        List.of(met(DeadlineKind.ASSET_RE_SEARCH, "ROUND-" + terminated)),
                        List.of(org.caseledger.core.kernel.Deadline.of(DeadlineKind.ASSET_RE_SEARCH, "ROUND-" + terminated, research.plusMonths(6))),
                        research));
    }

    @Test
    void a_closed_case_has_no_enforcement_going_on() {
        fixture.given(plus(enforcing(), parentAdded()))
                .when(new org.caseledger.core.lifecycle.CloseCase(CASE, org.caseledger.core.lifecycle.CloseReason.WITHDRAWN, "workers withdrew", DAY))
                .expectState(c -> assertThat(c.enforcement().state()).isNull());
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
        LocalDate on = ENFORCEMENT_APPLIED.plusMonths(3).plusDays(1);
        fixture.given(plus(everyDebtorSearchedAndRestricted(), new EnforcementCaseFiled(CASE, "(2025)甘0802执1号", filed)))
                .when(new TerminateCurrentRound(CASE, on))
                .expectEvents(new EnforcementRoundTerminated(CASE, List.of(CaseWarning.ROUND_TERMINATED_WITHIN_THREE_MONTHS),
                        List.of(Enforcement.firstReSearch(on)), on));
    }
}
