package org.caseledger.api.pages;

import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.DeadlineView;
import org.caseledger.projections.timeline.Entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The next steps in the order the case most likely needs them: first what a running deadline asks for (the sooner it
 * falls due, the higher), then the natural successor of what was last recorded, then money that waits (received and not
 * paid out; everything paid: the closure); the rest keeps the order of the routes and goes behind "其他操作".
 */
final class StepOrder {

    /** How many steps are shown open; the others are one tap away. */
    static final int FIRST = 4;

    /** The commands a deadline of this kind asks for. */
    private static final Map<String, List<String>> BY_DEADLINE = Map.ofEntries(
            Map.entry("LEGAL_AID_DECISION", List.of("GrantLegalAid", "RefuseLegalAid")),
            Map.entry("OFFICER_ASSIGNMENT", List.of("AssignLegalOfficer")),
            Map.entry("PROMISED_PAYMENT", List.of("RecordPayment", "MarkPaymentPromiseBroken")),
            Map.entry("LETTER_REPLY", List.of("RecordLetterReply", "MarkLetterReplyOverdue")),
            Map.entry("ARBITRATION_LIMITATION", List.of("ApplyForArbitration")),
            Map.entry("ARBITRATION_ACCEPTANCE", List.of("RecordArbitrationAccepted", "RecordArbitrationRefused")),
            Map.entry("ARBITRAL_AWARD", List.of("RecordArbitralAward", "RecordAwardPeriodExtension")),
            Map.entry("SUIT_AFTER_AWARD", List.of("RecordInstrumentEffective", "FileLawsuit")),
            Map.entry("PERFORMANCE", List.of("RecordPayment", "ApplyForEnforcement")),
            Map.entry("ENFORCEMENT_APPLICATION", List.of("ApplyForEnforcement")),
            Map.entry("FREEZE_EXPIRY", List.of("RenewFreeze", "LiftFreeze")),
            Map.entry("ASSET_RE_SEARCH", List.of("RecordAssetSearch")),
            Map.entry("DISBURSEMENT", List.of("DisburseToClaimant")),
            Map.entry("INSTALMENT", List.of("RecordPayment")));

    /** What usually follows an event (the stage's natural successor). */
    private static final Map<String, List<String>> AFTER = Map.ofEntries(
            Map.entry("WageClaimFiled", List.of("GrantLegalAid", "AssignLegalOfficer")),
            Map.entry("LegalAidGranted", List.of("AssignLegalOfficer")),
            Map.entry("LegalOfficerAssigned", List.of("HoldCoordinationMeeting", "ApplyForArbitration", "IssueSupervisionLetter")),
            Map.entry("CoordinationMeetingHeld", List.of("RecordMediationAgreement", "IssueSupervisionLetter", "ApplyForArbitration")),
            Map.entry("MediationAgreementReached", List.of("RecordPayment", "MarkPaymentPromiseBroken", "ApplyForJudicialConfirmation")),
            Map.entry("PaymentPromiseBroken", List.of("IssueSupervisionLetter", "ApplyForArbitration", "HoldCoordinationMeeting")),
            Map.entry("SupervisionLetterIssued", List.of("RecordLetterServed", "RecordLetterReply", "RecordPayment")),
            Map.entry("ArbitrationApplied", List.of("RecordArbitrationAccepted", "RecordArbitrationRefused")),
            Map.entry("ArbitrationAccepted", List.of("RecordArbitralAward", "RecordAwardPeriodExtension")),
            Map.entry("ArbitralAwardIssued", List.of("RecordInstrumentEffective", "RecordPayment")),
            Map.entry("InstrumentBecameEffective", List.of("ApplyForEnforcement", "RecordPayment")),
            Map.entry("EnforcementApplied", List.of("RecordEnforcementFiled")),
            Map.entry("EnforcementCaseFiled", List.of("RecordAssetSearch", "FreezeAssets", "RestrictHighConsumption")),
            Map.entry("AssetSearchCompleted", List.of("FreezeAssets", "RestrictHighConsumption", "AddJudgmentDebtor")),
            Map.entry("AssetsFrozen", List.of("RecordPayment", "RestrictHighConsumption")),
            Map.entry("HighConsumptionRestricted", List.of("ListAsDishonestDebtor", "RecordPayment", "TerminateCurrentRound")),
            Map.entry("DishonestDebtorListed", List.of("RecordPayment", "TerminateCurrentRound")),
            Map.entry("EnforcementRoundTerminated", List.of("ResumeEnforcement")),
            Map.entry("EnforcementResumed", List.of("RecordAssetSearch", "FreezeAssets", "RecordPayment")),
            Map.entry("LawsuitFiled", List.of("RecordJudgment", "RecordCourtMediation")),
            Map.entry("JudgmentIssued", List.of("RecordInstrumentEffective", "RecordAppeal")),
            Map.entry("CourtMediationStatementIssued", List.of("RecordInstrumentEffective")),
            Map.entry("CaseClosed", List.of("RecordContact", "ReopenCase")));

    private StepOrder() {
    }

    /** The steps, most likely first. */
    static List<CasePage.StepForm> order(List<CasePage.StepForm> steps, CaseTimeline t, LocalDate today) {
        return order(steps, scores(t, today));
    }

    private static List<CasePage.StepForm> order(List<CasePage.StepForm> steps, Map<String, Integer> score) {
        List<CasePage.StepForm> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt((CasePage.StepForm s) -> -score.getOrDefault(s.step().command(), 0)));
        return ordered;
    }

    private static Map<String, Integer> scores(CaseTimeline t, LocalDate today) {
        Map<String, Integer> score = new HashMap<>();
        // a deadline running: the sooner, the higher (an overdue one first)
        for (DeadlineView d : t.openDeadlines) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(today, d.dueOn);
            int weight = (int) Math.max(100, 1000 - Math.max(0, days));
            BY_DEADLINE.getOrDefault(d.kind, List.of()).forEach(c -> score.merge(c, weight, Math::max));
        }
        // what usually follows the last recorded events (the latest counts most)
        List<Entry> entries = t.entries;
        for (int i = entries.size() - 1, rank = 0; i >= 0 && rank < 3; i--, rank++) {
            List<String> next = AFTER.getOrDefault(entries.get(i).type, List.of());
            for (int j = 0; j < next.size(); j++) {
                score.merge(next.get(j), 600 - rank * 150 - j * 10, Math::max);
            }
        }
        long received = t.ledger.stream().mapToLong(l -> l.receivedFen).sum();
        long disbursed = t.ledger.stream().mapToLong(l -> l.disbursedFen).sum();
        long outstanding = t.ledger.stream().mapToLong(l -> l.outstandingFen).sum();
        if (received > disbursed) {
            score.merge("DisburseToClaimant", 1500, Math::max); // money held for the workers is paid out first
        }
        if (received > 0 && received == disbursed && outstanding == 0) {
            score.merge("CloseCase", 1600, Math::max); // all paid: nothing the case needs more
        }
        return score;
    }

    /** The likely steps (shown first, at most {@link #FIRST}) and the others (behind "其他操作"). */
    record Split(List<CasePage.StepForm> first, List<CasePage.StepForm> others) {
    }

    static Split split(List<CasePage.StepForm> steps, CaseTimeline t, LocalDate today) {
        Map<String, Integer> scored = scores(t, today);
        List<CasePage.StepForm> ordered = order(steps, scored);
        long likely = ordered.stream().filter(s -> scored.getOrDefault(s.step().command(), 0) > 0).count();
        int first = (int) Math.min(ordered.size(), likely == 0 ? 3 : Math.min(FIRST, likely));
        return new Split(List.copyOf(ordered.subList(0, first)), List.copyOf(ordered.subList(first, ordered.size())));
    }
}
