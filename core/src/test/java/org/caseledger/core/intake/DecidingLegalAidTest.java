package org.caseledger.core.intake;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CloseReason;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.wagecase.WageCaseSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 法律援助法 art. 43: decide within 7 days, assign within 3 days of the decision. */
class DecidingLegalAidTest extends WageCaseSpec {

    @Test
    void legal_aid_granted_in_time_meets_its_deadline_and_sets_the_assignment_deadline() {
        fixture.given(filed())
                .when(new GrantLegalAid(CASE, FILED.plusDays(1)))
                .expectEvents(aidGranted());
        assertThat(aidGranted().deadlinesSet()).singleElement()
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo(FILED.plusDays(4)));
    }

    @Test
    void legal_aid_granted_after_seven_days_is_recorded_with_a_warning() {
        fixture.given(filed())
                .when(new GrantLegalAid(CASE, FILED.plusDays(8)))
                .expectEvents(new LegalAidGranted(CASE, List.of(CaseWarning.LEGAL_AID_DECISION_LATE),
                        List.of(missed(DeadlineKind.LEGAL_AID_DECISION, CASE)), FILED.plusDays(8)));
    }

    @Test
    void legal_aid_is_decided_once() {
        fixture.given(filed(), aidGranted())
                .when(new GrantLegalAid(CASE, FILED.plusDays(2)))
                .expectException(violation(RuleCode.LEGAL_AID_ALREADY_DECIDED));
    }

    @Test
    void legal_aid_is_decided_in_intake_only() {
        fixture.given(assigned())
                .when(new RefuseLegalAid(CASE, "hired own lawyer", FILED.plusDays(3)))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }

    @Test
    void refusing_legal_aid_closes_the_case_as_refused_and_cancels_its_deadlines() {
        fixture.given(filed())
                .when(new RefuseLegalAid(CASE, "not a wage matter", FILED.plusDays(2)))
                .expectEvents(
                        new LegalAidRefused(CASE, "not a wage matter", List.of(met(DeadlineKind.LEGAL_AID_DECISION, CASE)), FILED.plusDays(2)),
                        new CaseClosed(CASE, CloseReason.REFUSED, "not a wage matter", CaseStage.INTAKE,
                                List.of(cancelled(DeadlineKind.ARBITRATION_LIMITATION, CASE)), FILED.plusDays(2)))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.CLOSED));
    }

    @Test
    void refusing_needs_a_reason() {
        refusedAsWritten(() -> new RefuseLegalAid(CASE, " ", FILED.plusDays(2)), RuleCode.REASON_REQUIRED);
    }

    @Test
    void an_officer_is_assigned_once_aid_is_granted_and_the_case_moves_to_assigned() {
        fixture.given(filed(), aidGranted())
                .when(new AssignLegalOfficer(CASE, "officer-1", "王律师", FILED.plusDays(2)))
                .expectEvents(officerAssigned())
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.ASSIGNED));
    }

    @Test
    void an_officer_cannot_be_assigned_before_aid_is_granted() {
        fixture.given(filed())
                .when(new AssignLegalOfficer(CASE, "officer-1", "王律师", FILED.plusDays(2)))
                .expectException(violation(RuleCode.LEGAL_AID_NOT_GRANTED));
    }

    @Test
    void a_late_assignment_is_recorded_with_a_warning() {
        fixture.given(filed(), aidGranted())
                .when(new AssignLegalOfficer(CASE, "officer-1", "王律师", FILED.plusDays(6)))
                .expectEvents(new LegalOfficerAssigned(CASE, "officer-1", "王律师", List.of(CaseWarning.OFFICER_ASSIGNMENT_LATE),
                        List.of(missed(DeadlineKind.OFFICER_ASSIGNMENT, CASE)), FILED.plusDays(6)));
    }

    @Test
    void an_officer_can_be_reassigned_later_without_changing_the_stage() {
        fixture.given(negotiating())
                .when(new AssignLegalOfficer(CASE, "officer-2", "赵律师", FILED.plusDays(20)))
                .expectEvents(new LegalOfficerAssigned(CASE, "officer-2", "赵律师", List.of(), List.of(), FILED.plusDays(20)))
                .expectState(c -> assertThat(c.stage()).isEqualTo(CaseStage.NEGOTIATION));
    }

    @Test
    void a_claimant_can_join_an_open_case() {
        NewClaimant third = new NewClaimant(ClaimantId.of("W3"), person("王五", "53062119900303003"),
                org.caseledger.core.kernel.Money.ofYuan("3000"));
        fixture.given(negotiating())
                .when(new AddClaimant(CASE, third, FILED.plusDays(6)))
                .expectEvents(new ClaimantAdded(CASE, third, FILED.plusDays(6)))
                .expectState(c -> assertThat(c.ledger().claimants()).hasSize(3));
    }

    @Test
    void a_claimant_cannot_join_twice() {
        fixture.given(negotiating())
                .when(new AddClaimant(CASE, twoClaimants().get(1), FILED.plusDays(6)))
                .expectException(violation(RuleCode.DUPLICATE_CLAIMANT));
    }

    @Test
    void a_claimant_cannot_join_during_enforcement() {
        NewClaimant third = new NewClaimant(ClaimantId.of("W3"), person("王五", "53062119900303003"),
                org.caseledger.core.kernel.Money.ofYuan("3000"));
        fixture.given(enforcing())
                .when(new AddClaimant(CASE, third, ENFORCEMENT_APPLIED))
                .expectException(violation(RuleCode.WRONG_STAGE));
    }
}
