package org.caseledger.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.caseledger.core.deadline.ChineseWorkingDayCalendar;
import org.caseledger.core.supervision.ReplyWindows;
import org.caseledger.core.intake.AssignLegalOfficer;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.intake.LegalOfficerAssigned;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.negotiation.CoordinationMeetingHeld;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.caseledger.core.intake.GrantLegalAid;
import org.caseledger.core.deadline.DecisionContext;
import org.caseledger.core.wagecase.WageCase;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The histories the benchmark imports in bulk are what the aggregate decides for the same commands, so the
 * rebuild and the growth figures are measured on data the service could have written.
 */
class FixturesTest {

    @Test
    void a_bulk_history_is_what_the_aggregate_decides_command_by_command() {
        for (int n : new int[]{0, 7, 4_619, 14_621}) {
            List<Object> history = Fixtures.history("G-" + n, n, 6).stream().<Object>map(DomainEventMessage::getPayload).toList();
            WageClaimFiled filed = (WageClaimFiled) history.get(0);
            LegalOfficerAssigned assigned = (LegalOfficerAssigned) history.get(2);
            List<Object> commands = List.of(
                    new FileWageClaim(filed.caseId(), filed.unionBody(), filed.industry(), filed.channel(), filed.workOrderNo(),
                            filed.claimants(), filed.obligors(), filed.employmentEnded(), filed.employmentEndedOn(), filed.occurredOn()),
                    new GrantLegalAid(filed.caseId(), filed.occurredOn()),
                    new AssignLegalOfficer(filed.caseId(), assigned.officerId(), assigned.officerName(), filed.occurredOn()));
            for (int step = 0; step < history.size(); step++) {
                Object command = step < commands.size() ? commands.get(step) : meeting((CoordinationMeetingHeld) history.get(step));
                fixture().given(history.subList(0, step)).when(command).expectEvents(history.get(step));
            }
        }
    }

    private static HoldCoordinationMeeting meeting(CoordinationMeetingHeld held) {
        return new HoldCoordinationMeeting(held.caseId(), held.format(), held.attendees(), held.outcome(), held.occurredOn());
    }

    private static FixtureConfiguration<WageCase> fixture() {
        FixtureConfiguration<WageCase> fixture = new AggregateTestFixture<>(WageCase.class);
        Clock after = Clock.fixed(Fixtures.LATER.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        fixture.registerInjectableResource(new DecisionContext(after, ChineseWorkingDayCalendar.fromDefaultResource()));
        fixture.registerInjectableResource(ReplyWindows.defaults());
        fixture.registerInjectableResource(org.caseledger.core.litigation.MinimumWages.fromDefaultResource());
        fixture.registerInjectableResource(org.caseledger.core.authority.CriminalThresholds.fromDefaultResource());
        return fixture;
    }
}
