package org.caseledger.core.money;

import org.caseledger.core.enforcement.AssetKind;
import org.caseledger.core.enforcement.AssetsFrozen;
import org.caseledger.core.enforcement.FreezeAssets;
import org.caseledger.core.enforcement.FreezeId;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.intake.ObligorLiabilityRecorded;
import org.caseledger.core.intake.RecordObligorLiability;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.LiabilityGround;
import org.caseledger.core.kernel.LiabilityKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.limitation.LimitationInterrupted;
import org.caseledger.core.intake.Channel;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several obligors, each answering in its own way (保障农民工工资支付条例 arts. 18-20, 29-30, 36-37; 劳动合同法 arts. 92, 94),
 * and payers who are no party: the wage deposit drawn by 人社 (arts. 32-33) and the emergency wage fund (art. 63).
 */
class SeveralObligorsTest extends WageCaseSpec {

    static final ObligorId OWNER = ObligorId.of("OWNER");
    static final ObligorId INVESTOR = ObligorId.of("INVESTOR");
    static final LocalDate DAY = FILED.plusDays(12);

    static List<Obligor> withOwner(Money cap) {
        List<Obligor> all = new ArrayList<>(threeObligors());
        all.add(new Obligor(OWNER, "某房地产开发有限公司", ObligorRole.CONSTRUCTION_UNIT, null, cap));
        return all;
    }

    static List<Object> assignedWith(List<Obligor> obligors) {
        List<Object> history = new ArrayList<>(assigned());
        history.set(0, new WageClaimFiled(CASE, COUNTY_UNION, "construction", Channel.HOTLINE_12351, "WO-2025-0001",
                twoClaimants(), obligors, true, ENDED, LIMITATION_ENDS, FILED));
        return history;
    }

    @Test
    void each_role_answers_as_the_regulation_says_unless_the_case_records_otherwise() {
        assertThat(new Obligor(OWNER, "x", ObligorRole.CONSTRUCTION_UNIT).liability()).isEqualTo(LiabilityKind.CAPPED); // art. 29 ¶2
        assertThat(new Obligor(CONTRACTOR, "x", ObligorRole.GENERAL_CONTRACTOR).liability()).isEqualTo(LiabilityKind.PAY_FIRST); // art. 30
        assertThat(new Obligor(OWNER, "x", ObligorRole.LICENCE_LENDER).liability()).isEqualTo(LiabilityKind.PAY_FIRST); // art. 19 ¶2
        assertThat(new Obligor(OWNER, "x", ObligorRole.CREW_LEADER).liability()).isEqualTo(LiabilityKind.PRIMARY);
        // 劳动合同法 art. 92 ¶2 (joint only for damage it caused), 条例 art. 18 (pays first only for unlicensed dispatch): not shown by its role
        assertThat(new Obligor(OWNER, "x", ObligorRole.USING_UNIT).liability()).isEqualTo(LiabilityKind.TO_BE_SHOWN);
    }

    /** A 用工单位 answers for nothing until the case shows its ground; the ground gives the liability. */
    @Test
    void a_using_unit_answers_only_once_its_ground_is_recorded_and_the_ground_gives_its_liability() {
        ObligorId user = ObligorId.of("USER");
        List<Obligor> obligors = new ArrayList<>(threeObligors());
        obligors.add(new Obligor(user, "某用工单位", ObligorRole.USING_UNIT));
        List<Object> history = assignedWith(obligors);
        fixture.given(history)
                .when(new RecordObligorLiability(CASE, user, null, null, "派遣单位未取得劳务派遣许可证", DAY, LiabilityGround.UNLICENSED_DISPATCH))
                .expectEvents(new ObligorLiabilityRecorded(CASE, user, LiabilityKind.PAY_FIRST, null, "派遣单位未取得劳务派遣许可证", DAY,
                        LiabilityGround.UNLICENSED_DISPATCH))
                .expectState(c -> assertThat(c.liabilities().owedBy(user, c.ledger().totalOutstanding())).isEqualTo(Money.ofYuan("15000")));
        createFixture();
        fixture.given(history)
                .when(new RecordPayment(CASE, PaymentId.of("PAY-0"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("1"), List.of(), DAY))
                .expectState(c -> assertThat(c.liabilities().owedBy(user, c.ledger().totalOutstanding())).isEqualTo(Money.ZERO));
        refusedAsWritten(() -> new RecordObligorLiability(CASE, user, LiabilityKind.JOINT, null, "x", DAY, LiabilityGround.UNLICENSED_DISPATCH),
                RuleCode.LIABILITY_NOT_AS_GROUND);
        assertThat(LiabilityGround.DISPATCH_DAMAGE.liability()).isEqualTo(LiabilityKind.JOINT); // 劳动合同法 art. 92 ¶2
        assertThat(LiabilityGround.INDIVIDUAL_CONTRACTOR.liability()).isEqualTo(LiabilityKind.JOINT); // art. 94
        assertThat(LiabilityGround.UNQUALIFIED_SUBCONTRACTING.liability()).isEqualTo(LiabilityKind.PAY_FIRST); // 条例 art. 36 ¶1
        assertThat(LiabilityGround.UNLAWFUL_PROJECT.liability()).isEqualTo(LiabilityKind.PAY_FIRST); // 条例 art. 37
    }

    /** 条例 art. 29 ¶2: no cap recorded means the unsettled funds are not yet shown, not the whole debt. */
    @Test
    void a_construction_unit_without_its_unsettled_funds_recorded_can_be_made_to_pay_nothing_yet_and_a_freeze_on_it_is_flagged() {
        List<Object> history = assignedWith(withOwner(null));
        fixture.given(history)
                .when(new RecordPayment(CASE, PaymentId.of("PAY-0"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("1"), List.of(), DAY))
                .expectState(c -> assertThat(c.liabilities().owedBy(OWNER, c.ledger().totalOutstanding())).isEqualTo(Money.ZERO));
        createFixture();
        List<Object> enforcing = new ArrayList<>(enforcing());
        enforcing.set(0, history.get(0));
        LocalDate on = ENFORCEMENT_APPLIED.plusDays(2);
        fixture.given(enforcing)
                .when(new FreezeAssets(CASE, FreezeId.of("F1"), OWNER, AssetKind.BANK_DEPOSIT, Money.ofYuan("100"), null, on))
                .expectEvents(new AssetsFrozen(CASE, FreezeId.of("F1"), OWNER, AssetKind.BANK_DEPOSIT, Money.ofYuan("100"), on.plusYears(1),
                        List.of(CaseWarning.OBLIGOR_LIABILITY_NOT_SHOWN), on));
    }

    @Test
    void only_a_capped_liability_has_a_cap() {
        List<Obligor> obligors = new ArrayList<>(threeObligors());
        obligors.add(new Obligor(OWNER, "某房地产开发有限公司", ObligorRole.EMPLOYER, LiabilityKind.JOINT, Money.ofYuan("100")));
        refusedAsWritten(() -> new FileWageClaim(CASE, COUNTY_UNION, "construction", Channel.HOTLINE_12351, "WO-1", twoClaimants(), obligors, true,
                        ENDED, FILED), RuleCode.LIABILITY_CAP_WITHOUT_CAPPED_LIABILITY);
    }

    @Test
    void the_construction_unit_pays_up_to_the_project_funds_it_still_owes() {
        // 保障农民工工资支付条例 art. 29 ¶2: cap ¥6,000 of the ¥15,000 owed
        List<Object> history = assignedWith(withOwner(Money.ofYuan("6000")));
        // paying a fen more than its cap of its own accord: received, not refused; the cap limits what is enforced
        fixture.given(history)
                .when(new RecordPayment(CASE, PaymentId.of("PAY-1"), OWNER, PaymentChannel.DIRECT, Money.ofYuan("6000.01"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("6000.01"))), DAY))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    assertThat(c.liabilities().paidBy(OWNER)).isEqualTo(Money.ofYuan("6000.01"));
                    assertThat(c.liabilities().owedBy(OWNER, c.ledger().totalOutstanding())).isEqualTo(Money.ZERO);
                    assertThat(c.ledger().totalReceived()).isEqualTo(Money.ofYuan("6000.01"));
                });
        createFixture();
        fixture.given(history)
                .when(new RecordPayment(CASE, PaymentId.of("PAY-1"), OWNER, PaymentChannel.DIRECT, Money.ofYuan("6000"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("6000"))), DAY))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> {
                    assertThat(c.liabilities().owedBy(OWNER, c.ledger().totalOutstanding())).isEqualTo(Money.ZERO);
                    assertThat(c.liabilities().owedBy(CONTRACTOR, c.ledger().totalOutstanding())).isEqualTo(Money.ofYuan("9000")); // pays first, uncapped
                    assertThat(c.liabilities().paidBy(OWNER)).isEqualTo(Money.ofYuan("6000"));
                });
    }

    @Test
    void the_cap_recorded_once_the_accounts_are_known_and_never_below_what_was_paid() {
        List<Object> history = assignedWith(withOwner(null));
        fixture.given(history)
                .when(new RecordObligorLiability(CASE, OWNER, LiabilityKind.CAPPED, Money.ofYuan("8000"), "工程款结算：未结清¥8,000", DAY))
                .expectEvents(new ObligorLiabilityRecorded(CASE, OWNER, LiabilityKind.CAPPED, Money.ofYuan("8000"), "工程款结算：未结清¥8,000", DAY))
                .expectState(c -> {
                    assertThat(c.parties().obligor(OWNER, "o").liabilityCap()).isEqualTo(Money.ofYuan("8000"));
                    assertThat(c.liabilities().owedBy(OWNER, c.ledger().totalOutstanding())).isEqualTo(Money.ofYuan("8000"));
                });
        createFixture();
        List<Object> paid = new ArrayList<>(history);
        paid.add(new PaymentReceived(CASE, PaymentId.of("PAY-1"), OWNER, PaymentChannel.DIRECT, Money.ofYuan("5000"), List.of(), DAY));
        fixture.given(paid)
                .when(new RecordObligorLiability(CASE, OWNER, LiabilityKind.CAPPED, Money.ofYuan("4000"), "重新结算", DAY))
                .expectException(violation(RuleCode.LIABILITY_CAP_BELOW_PAID));
        refusedAsWritten(() -> new RecordObligorLiability(CASE, CONTRACTOR, LiabilityKind.PAY_FIRST, Money.ofYuan("4000"), "x", DAY), RuleCode.LIABILITY_CAP_WITHOUT_CAPPED_LIABILITY);
    }

    @Test
    void the_wage_deposit_drawn_by_the_labour_bureau_pays_for_the_general_contractor() {
        // 条例 arts. 32-33: the deposit is the general contractor's, drawn by 人社, named as the payer
        RecordPayment fromDeposit = new RecordPayment(CASE, PaymentId.of("PAY-D"), CONTRACTOR, PaymentChannel.WAGE_DEPOSIT,
                "鲁甸县人力资源和社会保障局", Money.ofYuan("15000"), List.of(new ClaimantAmount(W1, W1_CLAIM), new ClaimantAmount(W2, W2_CLAIM)), DAY);
        fixture.given(assigned())
                .when(fromDeposit)
                .expectEvents(new PaymentReceived(CASE, PaymentId.of("PAY-D"), CONTRACTOR, PaymentChannel.WAGE_DEPOSIT, "鲁甸县人力资源和社会保障局",
                        Money.ofYuan("15000"), fromDeposit.allocations(), DAY))
                .expectState(c -> assertThat(c.ledger().totalOutstanding()).isEqualTo(Money.ZERO));
        createFixture();
        fixture.given(assigned())
                .when(new RecordPayment(CASE, PaymentId.of("PAY-D"), EMPLOYER, PaymentChannel.WAGE_DEPOSIT, "人社局", Money.ofYuan("1"), List.of(), DAY))
                .expectException(violation(RuleCode.WAGE_DEPOSIT_NEEDS_CONTRACTOR));
        createFixture();
        fixture.given(assigned())
                .when(new RecordPayment(CASE, PaymentId.of("PAY-D"), CONTRACTOR, PaymentChannel.WAGE_DEPOSIT, " ", Money.ofYuan("1"), List.of(), DAY))
                .expectException(violation(RuleCode.AUTHORITY_PAYER_NAME_REQUIRED));
    }

    @Test
    void the_emergency_fund_is_no_partys_money_and_restarts_no_limitation() {
        // 条例 art. 63: the government advances part of the wages; it is no obligor agreeing to pay (调解仲裁法 art. 27 ¶2)
        fixture.given(assigned())
                .when(new RecordPayment(CASE, PaymentId.of("PAY-E"), null, PaymentChannel.EMERGENCY_FUND, "鲁甸县人民政府", Money.ofYuan("3000"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("3000"))), DAY))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(PaymentReceived.class), org.axonframework.test.matchers.Matchers.andNoMore())))
                .expectState(c -> assertThat(c.ledger().totalReceived()).isEqualTo(Money.ofYuan("3000")));
        createFixture();
        fixture.given(assigned())
                .when(new RecordPayment(CASE, PaymentId.of("PAY-E"), EMPLOYER, PaymentChannel.EMERGENCY_FUND, "政府", Money.ofYuan("1"), List.of(), DAY))
                .expectException(violation(RuleCode.EMERGENCY_FUND_NAMES_NO_OBLIGOR));
        createFixture();
        fixture.given(assigned())
                .when(new RecordPayment(CASE, PaymentId.of("PAY-E"), null, PaymentChannel.DIRECT, null, Money.ofYuan("1"), List.of(), DAY))
                .expectException(violation(RuleCode.PAYER_NOT_A_PARTY));
        // a payment by the obligor itself restarts the year (the contrast)
        createFixture();
        fixture.given(assigned())
                .when(new RecordPayment(CASE, PaymentId.of("PAY-P"), EMPLOYER, PaymentChannel.DIRECT, Money.ofYuan("3000"),
                        List.of(new ClaimantAmount(W1, Money.ofYuan("3000"))), DAY))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(org.hamcrest.Matchers.instanceOf(PaymentReceived.class),
                                org.hamcrest.Matchers.instanceOf(LimitationInterrupted.class), org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void a_freeze_on_a_supplementary_obligor_before_any_search_of_the_primary_is_flagged() {
        // 条例 art. 20: the investor answers only for what the firm cannot pay
        List<Obligor> obligors = new ArrayList<>(threeObligors());
        obligors.add(new Obligor(INVESTOR, "某合伙企业出资人", ObligorRole.EMPLOYER, LiabilityKind.SUPPLEMENTARY, null));
        List<Object> enforcing = new ArrayList<>(enforcing());
        enforcing.set(0, new WageClaimFiled(CASE, COUNTY_UNION, "construction", Channel.HOTLINE_12351, "WO-2025-0001",
                twoClaimants(), obligors, true, ENDED, LIMITATION_ENDS, FILED));
        LocalDate on = ENFORCEMENT_APPLIED.plusDays(2);
        fixture.given(enforcing)
                .when(new FreezeAssets(CASE, FreezeId.of("F1"), INVESTOR, AssetKind.BANK_DEPOSIT, Money.ofYuan("100"), null, on))
                .expectEvents(new AssetsFrozen(CASE, FreezeId.of("F1"), INVESTOR, AssetKind.BANK_DEPOSIT, Money.ofYuan("100"), on.plusYears(1),
                        List.of(CaseWarning.SUPPLEMENTARY_BEFORE_PRIMARY), on));
    }
}
