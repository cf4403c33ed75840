package org.caseledger.core.wagecase;

import org.axonframework.commandhandling.CommandHandler;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of stages is complete: every command the case handles has its entry, and only those. */
class CommandStagesTest {

    @Test
    void every_command_the_case_handles_after_filing_has_its_stages() {
        Set<Class<?>> handled = new HashSet<>();
        for (Method m : WageCase.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(CommandHandler.class)) {
                handled.add(m.getParameterTypes()[0]);
            }
        }
        assertThat(handled).hasSizeGreaterThan(35).doesNotContain(FileWageClaim.class);
        assertThat(CommandStages.all().keySet()).containsExactlyInAnyOrderElementsOf(handled);
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
