package org.caseledger.api.pages;

import org.caseledger.api.web.CaseSteps;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.ClaimantLine;
import org.caseledger.projections.timeline.DeadlineView;
import org.caseledger.projections.timeline.Entry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The next steps in the order the case most likely needs them; the engine's list, never more or fewer. */
class StepOrderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    static CasePage.StepForm step(String command) {
        return new CasePage.StepForm(new CaseSteps.Step(command.toLowerCase(), command, command, Map.of()), List.of());
    }

    static List<CasePage.StepForm> allowed(String... commands) {
        return java.util.Arrays.stream(commands).map(StepOrderTest::step).toList();
    }

    static CaseTimeline after(String... events) {
        CaseTimeline t = new CaseTimeline();
        long seq = 0;
        for (String type : events) {
            Entry e = new Entry();
            e.seq = seq++;
            e.type = type;
            e.on = TODAY.minusDays(10);
            t.entries.add(e);
        }
        return t;
    }

    static List<String> order(List<CasePage.StepForm> steps, CaseTimeline t) {
        return StepOrder.order(steps, t, TODAY).stream().map(s -> s.step().command()).toList();
    }

    @Test
    void after_an_early_termination_the_resumption_comes_first() {
        List<CasePage.StepForm> steps = allowed("RecordContact", "RecordPayment", "FreezeAssets", "ResumeEnforcement");
        assertThat(order(steps, after("EnforcementCaseFiled", "EnforcementRoundTerminated"))).first().isEqualTo("ResumeEnforcement");
    }

    @Test
    void a_reply_overdue_comes_before_what_follows_the_last_event() {
        CaseTimeline t = after("LegalOfficerAssigned", "CoordinationMeetingHeld");
        DeadlineView reply = new DeadlineView();
        reply.kind = "LETTER_REPLY";
        reply.dueOn = TODAY.minusDays(2);
        t.openDeadlines.add(reply);
        List<CasePage.StepForm> steps = allowed("RecordMediationAgreement", "HoldCoordinationMeeting", "RecordLetterReply");
        assertThat(order(steps, t)).first().isEqualTo("RecordLetterReply");
    }

    @Test
    void money_held_for_the_workers_is_paid_out_first_and_a_case_all_paid_is_closed_first() {
        CaseTimeline t = after("EnforcementCaseFiled", "PaymentReceived");
        ClaimantLine line = new ClaimantLine();
        line.claimantId = "W1";
        line.receivedFen = 10_000;
        line.targetFen = 10_000;
        t.ledger.add(line);
        List<CasePage.StepForm> steps = allowed("RecordAssetSearch", "CloseCase", "DisburseToClaimant", "RecordPayment");
        assertThat(order(steps, t)).first().isEqualTo("DisburseToClaimant");
        line.disbursedFen = 10_000;
        assertThat(order(steps, t)).first().isEqualTo("CloseCase");
    }

    @Test
    void at_most_four_are_shown_the_rest_behind_other_steps_and_none_is_lost() {
        List<CasePage.StepForm> steps = allowed("RecordContact", "AddClaimant", "HoldCoordinationMeeting", "ApplyForArbitration",
                "IssueSupervisionLetter", "RecordPaymentPromise", "ReferCase");
        StepOrder.Split split = StepOrder.split(steps, after("WageClaimFiled", "LegalAidGranted", "LegalOfficerAssigned"), TODAY);
        assertThat(split.first()).hasSizeLessThanOrEqualTo(StepOrder.FIRST)
                .extracting(s -> s.step().command()).contains("HoldCoordinationMeeting", "ApplyForArbitration", "IssueSupervisionLetter");
        assertThat(split.first().size() + split.others().size()).isEqualTo(steps.size());
        assertThat(split.others()).extracting(s -> s.step().command()).contains("ReferCase", "AddClaimant");
    }
}
