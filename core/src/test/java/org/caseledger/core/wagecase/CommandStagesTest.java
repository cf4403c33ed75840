package org.caseledger.core.wagecase;

import org.caseledger.core.architecture.CommandHandlers;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.lifecycle.ReopenCase;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of stages is complete: every command a case handles, in any member, has its entry, and only those. */
class CommandStagesTest {

    @Test
    void every_command_the_case_handles_after_filing_has_its_stages() {
        Set<String> handled = CommandHandlers.all().keySet().stream().map(c -> c.getName()).collect(Collectors.toSet());
        assertThat(handled).contains(FileWageClaim.class.getName(), HoldCoordinationMeeting.class.getName());
        handled.remove(FileWageClaim.class.getName()); // the filing creates the case: no stage yet
        handled.remove(org.caseledger.core.supervision.OpenSupervisionMatter.class.getName()); // so does opening a matter
        handled.removeIf(name -> name.startsWith("org.caseledger.core.workorder.")); // a work order's commands are its own
        assertThat(CommandStages.all().keySet().stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(handled);
    }

    @Test
    void a_supervision_matter_takes_its_letters_replies_referrals_closing_and_nothing_of_a_wage_claim() {
        assertThat(CommandStages.takenByMatters(org.caseledger.core.supervision.IssueSupervisionLetter.class)).isTrue();
        assertThat(CommandStages.takenByMatters(org.caseledger.core.lifecycle.CloseCase.class)).isTrue();
        assertThat(CommandStages.takenByMatters(org.caseledger.core.money.RecordPayment.class)).isFalse();
        assertThat(CommandStages.takenByMatters(org.caseledger.core.intake.AddClaimant.class)).isFalse();
    }

    @Test
    void a_meeting_is_held_before_the_case_goes_to_arbitration_or_court_and_reopening_needs_a_closed_case() {
        assertThat(CommandStages.allows(HoldCoordinationMeeting.class, CaseStage.NEGOTIATION)).isTrue();
        assertThat(CommandStages.allows(HoldCoordinationMeeting.class, CaseStage.LITIGATION)).isFalse();
        assertThat(CommandStages.stagesOf(ReopenCase.class)).containsExactly(CaseStage.CLOSED);
        assertThat(CommandStages.all().values()).filteredOn(CommandStages.Allowed::needsActiveEnforcement)
                .allMatch(a -> a.stages().equals(Set.of(CaseStage.ENFORCEMENT)));
    }
}
