package org.caseledger.core.intake;

import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorRole;
import org.caseledger.core.kernel.RegionCode;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilingAWageClaimTest extends WageCaseSpec {

    @Test
    void a_claim_with_claimants_and_obligors_is_filed_in_intake() {
        fixture.givenNoPriorActivity()
                .when(fileClaim())
                .expectEvents(filed())
                .expectState(c -> {
                    assertThat(c.stage()).isEqualTo(org.caseledger.core.kernel.CaseStage.INTAKE);
                    assertThat(c.ledger().totalClaimed()).isEqualTo(W1_CLAIM.plus(W2_CLAIM));
                });
    }

    @Test
    void filing_sets_the_legal_aid_decision_and_arbitration_limitation_deadlines() {
        // 法律援助法 art. 43: 7 days; 劳动争议调解仲裁法 art. 27: one year from the end of employment
        assertThat(filed().deadlinesSet()).containsExactly(
                new Deadline(DeadlineKind.LEGAL_AID_DECISION, "C-1", FILED.plusDays(7)),
                new Deadline(DeadlineKind.ARBITRATION_LIMITATION, "C-1", LIMITATION_ENDS));
    }

    @Test
    void while_employed_there_is_no_arbitration_limitation() {
        WageClaimFiled employed = new WageClaimFiled(CASE, COUNTY_UNION, null, Channel.WALK_IN, null, twoClaimants(),
                threeObligors(), false, null, null, FILED);
        assertThat(employed.deadlinesSet()).extracting(Deadline::kind).containsExactly(DeadlineKind.LEGAL_AID_DECISION);
    }

    @Test
    void a_claim_without_claimants_is_refused() {
        refusedAsWritten(() -> new FileWageClaim(CASE, COUNTY_UNION, null, Channel.ONLINE, null, List.of(), threeObligors(), true, ENDED, FILED), RuleCode.NO_CLAIMANTS);
    }

    @Test
    void a_claim_without_obligors_is_refused() {
        refusedAsWritten(() -> new FileWageClaim(CASE, COUNTY_UNION, null, Channel.ONLINE, null, twoClaimants(), List.of(), true, ENDED, FILED), RuleCode.NO_OBLIGORS);
    }

    @Test
    void a_claimant_named_twice_is_refused() {
        List<NewClaimant> twice = List.of(twoClaimants().get(0), twoClaimants().get(0));
        fixture.givenNoPriorActivity()
                .when(new FileWageClaim(CASE, COUNTY_UNION, null, Channel.ONLINE, null, twice, threeObligors(), true, ENDED, FILED))
                .expectException(violation(RuleCode.DUPLICATE_CLAIMANT));
    }

    @Test
    void an_obligor_named_twice_is_refused() {
        List<Obligor> twice = List.of(threeObligors().get(0), threeObligors().get(0));
        refusedAsWritten(() -> new FileWageClaim(CASE, COUNTY_UNION, null, Channel.ONLINE, null, twoClaimants(), twice, true, ENDED, FILED), RuleCode.DUPLICATE_OBLIGOR);
    }

    @Test
    void a_zero_claim_is_refused() {
        List<NewClaimant> zero = List.of(new NewClaimant(W1, person("张三", "53062119800101001"), Money.ZERO));
        fixture.givenNoPriorActivity()
                .when(new FileWageClaim(CASE, COUNTY_UNION, null, Channel.ONLINE, null, zero, threeObligors(), true, ENDED, FILED))
                .expectException(violation(RuleCode.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_claim_dated_after_today_is_refused() {
        clock.setToday(FILED.minusDays(1));
        fixture.givenNoPriorActivity()
                .when(fileClaim())
                .expectException(violation(RuleCode.DATE_IN_FUTURE));
    }

    @Test
    void an_ended_employment_needs_its_end_date_on_or_before_filing() {
        refusedAsWritten(() -> new FileWageClaim(CASE, COUNTY_UNION, null, Channel.ONLINE, null, twoClaimants(), threeObligors(), true,
                        FILED.plusDays(1), FILED), RuleCode.EMPLOYMENT_END_INCONSISTENT);
    }

    @Test
    void an_obligor_cannot_be_named_as_an_added_judgment_debtor_at_filing() {
        List<Obligor> added = List.of(new Obligor(EMPLOYER, "母公司", ObligorRole.ADDED_JUDGMENT_DEBTOR));
        refusedAsWritten(() -> new FileWageClaim(CASE, COUNTY_UNION, null, Channel.ONLINE, null, twoClaimants(), added, true, ENDED, FILED), RuleCode.WRONG_STAGE);
    }

    @Test
    void a_command_on_a_case_that_does_not_exist_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new GrantLegalAid(CASE, FILED))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void personal_data_validates_the_id_card_check_digit_and_never_prints_itself() {
        PersonalData valid = person("张三", "53062119800101001");
        assertThat(valid.toString()).doesNotContain("张三").doesNotContain("5306");
        String wrongCheck = valid.idCardNumber().substring(0, 17) + (valid.idCardNumber().charAt(17) == '0' ? '1' : '0');
        assertThatThrownBy(() -> new PersonalData("张三", wrongCheck, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalData(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_region_code_has_six_digits() {
        assertThat(RegionCode.of("620800").city()).isEqualTo("6208");
        assertThatThrownBy(() -> RegionCode.of("6208")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dates_before_the_filing_are_refused_for_later_commands() {
        fixture.given(filed())
                .when(new GrantLegalAid(CASE, LocalDate.of(2025, 3, 9)))
                .expectException(violation(RuleCode.DATE_BEFORE_FILING));
    }
}
