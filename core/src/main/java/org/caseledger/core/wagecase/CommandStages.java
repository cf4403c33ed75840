package org.caseledger.core.wagecase;

import org.caseledger.core.enforcement.AddJudgmentDebtor;
import org.caseledger.core.enforcement.ApplyForEnforcement;
import org.caseledger.core.enforcement.FreezeAssets;
import org.caseledger.core.enforcement.ListAsDishonestDebtor;
import org.caseledger.core.enforcement.RecordAssetSearch;
import org.caseledger.core.enforcement.RecordEnforcementFiled;
import org.caseledger.core.enforcement.RecordEnforcementSettlement;
import org.caseledger.core.enforcement.RestrictHighConsumption;
import org.caseledger.core.enforcement.ResumeEnforcement;
import org.caseledger.core.enforcement.TerminateCurrentRound;
import org.caseledger.core.enforcement.WarnOfCriminalLiability;
import org.caseledger.core.intake.AddClaimant;
import org.caseledger.core.intake.AddClaimants;
import org.caseledger.core.intake.AssignLegalOfficer;
import org.caseledger.core.intake.GrantLegalAid;
import org.caseledger.core.intake.RefuseLegalAid;
import org.caseledger.core.litigation.ApplyForArbitration;
import org.caseledger.core.litigation.ApplyForPaymentOrder;
import org.caseledger.core.litigation.FileLawsuit;
import org.caseledger.core.litigation.RecordAppeal;
import org.caseledger.core.litigation.RecordArbitralAward;
import org.caseledger.core.litigation.RecordArbitrationAccepted;
import org.caseledger.core.litigation.RecordCourtMediation;
import org.caseledger.core.litigation.RecordInstrumentEffective;
import org.caseledger.core.litigation.RecordJudgment;
import org.caseledger.core.litigation.RecordPaymentOrderObjection;
import org.caseledger.core.money.AllocatePayment;
import org.caseledger.core.money.DisburseToClaimant;
import org.caseledger.core.money.RecordPayment;
import org.caseledger.core.money.RefundUnallocatedFunds;
import org.caseledger.core.negotiation.HoldCoordinationMeeting;
import org.caseledger.core.negotiation.MarkPaymentPromiseBroken;
import org.caseledger.core.negotiation.RecordMediationAgreement;
import org.caseledger.core.negotiation.RecordPaymentPromise;
import org.caseledger.core.money.ReviseClaimAmount;
import org.caseledger.core.supervision.ActivateJointMechanism;
import org.caseledger.core.supervision.IssueSupervisionLetter;
import org.caseledger.core.supervision.MarkLetterReplyOverdue;
import org.caseledger.core.supervision.RecordLetterReply;
import org.caseledger.core.supervision.ReferCase;

import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.ReopenCase;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.caseledger.core.kernel.CaseStage.*;

/**
 * In which stages of a case each command may be sent: the one table the aggregate checks ({@code WRONG_STAGE}) and
 * the service reads to offer an officer the next steps a case allows. A command in no stage list may be sent in any
 * open stage; an enforcement measure also needs an active round of enforcement (not ended by 终本); reopening needs a
 * closed case. The facts behind other rules (an amount, a deadline) are checked only when the command is sent.
 */
public final class CommandStages {

    /** Where a command may be sent. */
    public record Allowed(Set<CaseStage> stages, boolean needsActiveEnforcement) {
    }

    private static final Map<Class<?>, Allowed> TABLE = new LinkedHashMap<>();
    private static final Set<CaseStage> OPEN = EnumSet.complementOf(EnumSet.of(CLOSED));

    static {
        in(AddClaimant.class, INTAKE, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION);
        in(AddClaimants.class, INTAKE, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION);
        // aid given first (法律援助法 art. 44) may have taken the case to arbitration or court before the decision
        in(GrantLegalAid.class, INTAKE, ARBITRATION, LITIGATION);
        in(RefuseLegalAid.class, INTAKE, ARBITRATION, LITIGATION);
        anyOpenStage(AssignLegalOfficer.class);
        anyOpenStage(org.caseledger.core.intake.RecordObligorLiability.class);
        anyOpenStage(ReviseClaimAmount.class);
        in(HoldCoordinationMeeting.class, ASSIGNED, NEGOTIATION);
        in(RecordMediationAgreement.class, ASSIGNED, NEGOTIATION);
        anyOpenStage(RecordPaymentPromise.class);
        in(IssueSupervisionLetter.class, NEGOTIATION, ARBITRATION, LITIGATION);
        anyOpenStage(RecordLetterReply.class);
        anyOpenStage(org.caseledger.core.supervision.RecordLetterServed.class);
        anyOpenStage(ActivateJointMechanism.class);
        anyOpenStage(ReferCase.class);
        // from litigation only after a failed payment order (劳动争议解释(一) art. 13 ¶1)
        in(ApplyForArbitration.class, INTAKE, ASSIGNED, NEGOTIATION, LITIGATION);
        in(org.caseledger.core.litigation.RecordArbitrationRefused.class, ARBITRATION);
        in(org.caseledger.core.litigation.RecordAwardPeriodExtension.class, ARBITRATION);
        in(RecordArbitrationAccepted.class, ARBITRATION);
        in(RecordArbitralAward.class, ARBITRATION);
        // while the worker sues the award too: recorded, flagged (劳动争议解释(一) art. 21 ¶1)
        in(org.caseledger.core.litigation.RecordSetAsideApplication.class, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(org.caseledger.core.litigation.RecordSetAsideRuling.class, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(org.caseledger.core.litigation.RecordSuitEnded.class, LITIGATION);
        in(org.caseledger.core.litigation.RecordNonEnforcementRuling.class, ENFORCEMENT);
        in(ApplyForPaymentOrder.class, ASSIGNED, NEGOTIATION);
        in(org.caseledger.core.litigation.RecordPaymentOrderIssued.class, LITIGATION);
        in(RecordPaymentOrderObjection.class, LITIGATION);
        in(org.caseledger.core.negotiation.ApplyForJudicialConfirmation.class, NEGOTIATION);
        in(org.caseledger.core.negotiation.ApplyForMediation.class, INTAKE, ASSIGNED, NEGOTIATION);
        in(org.caseledger.core.negotiation.RecordJudicialConfirmationRefused.class, NEGOTIATION);
        in(FileLawsuit.class, INTAKE, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION);
        // while another group's award is enforced, the suing workers' litigation goes on (劳动争议解释(一) art. 17)
        in(RecordCourtMediation.class, LITIGATION, ENFORCEMENT);
        in(RecordJudgment.class, LITIGATION, ENFORCEMENT);
        in(RecordAppeal.class, LITIGATION, ENFORCEMENT);
        in(RecordInstrumentEffective.class, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(ApplyForEnforcement.class, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(RecordEnforcementFiled.class, ENFORCEMENT);
        in(RecordAssetSearch.class, ENFORCEMENT); // after 终本 too: the periodic re-search
        enforcing(AddJudgmentDebtor.class);
        enforcing(FreezeAssets.class);
        // a preservation is renewed or lifted like any freeze, before enforcement too
        in(org.caseledger.core.enforcement.RenewFreeze.class, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(org.caseledger.core.enforcement.LiftFreeze.class, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(org.caseledger.core.enforcement.RecordPropertyPreservation.class, INTAKE, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION);
        in(org.caseledger.core.litigation.RecordAdvanceExecution.class, ARBITRATION, LITIGATION);
        enforcing(RestrictHighConsumption.class);
        enforcing(ListAsDishonestDebtor.class);
        enforcing(WarnOfCriminalLiability.class);
        enforcing(RecordEnforcementSettlement.class);
        enforcing(TerminateCurrentRound.class);
        in(ResumeEnforcement.class, ENFORCEMENT);
        in(org.caseledger.core.enforcement.SuspendEnforcement.class, ENFORCEMENT);
        in(org.caseledger.core.enforcement.EndEnforcementSuspension.class, ENFORCEMENT);
        // the arbitration year runs before arbitration, the enforcement years around enforcement
        in(org.caseledger.core.limitation.RecordLimitationInterruption.class, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(org.caseledger.core.limitation.RecordLimitationSuspension.class, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        in(org.caseledger.core.limitation.EndLimitationSuspension.class, ASSIGNED, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        // the labour administration and the police act beside the case, whatever its stage
        anyOpenStage(org.caseledger.core.authority.RecordOrderToPay.class);
        anyOpenStage(org.caseledger.core.authority.ReferToPolice.class);
        anyOpenStage(org.caseledger.core.authority.RecordPoliceDecision.class);
        anyOpenStage(org.caseledger.core.authority.RecordArrearsBlacklisting.class);
        // 劳动保障监察: the inspectorate's acts, whatever stage the union's own road is in
        anyOpenStage(org.caseledger.core.authority.RecordInspectionFiled.class);
        anyOpenStage(org.caseledger.core.authority.RecordInspectionExtension.class);
        anyOpenStage(org.caseledger.core.authority.RecordInspectionDecision.class);
        anyOpenStage(org.caseledger.core.authority.RecordInspectionEnforcementApplication.class);
        anyOpenStage(org.caseledger.core.authority.RecordWageDepositDrawn.class);
        anyOpenStage(RecordPayment.class);
        anyOpenStage(AllocatePayment.class);
        in(org.caseledger.core.money.AssessLateInterest.class, NEGOTIATION, ARBITRATION, LITIGATION, ENFORCEMENT);
        anyOpenStage(RefundUnallocatedFunds.class);
        anyOpenStage(DisburseToClaimant.class);
        anyOpenStage(CloseCase.class);
        anyOpenStage(MarkPaymentPromiseBroken.class);
        anyOpenStage(MarkLetterReplyOverdue.class);
        TABLE.put(ReopenCase.class, new Allowed(EnumSet.of(CLOSED), false));
        TABLE.put(org.caseledger.core.intake.EraseClaimantPersonalData.class, new Allowed(EnumSet.allOf(CaseStage.class), false));
        // a mistyped ID-card number is corrected whenever it is found, closed case or not (a receipt is printed after closing)
        TABLE.put(org.caseledger.core.intake.CorrectClaimantPersonalData.class, new Allowed(EnumSet.allOf(CaseStage.class), false));
        TABLE.put(org.caseledger.core.contact.RecordContact.class, new Allowed(EnumSet.allOf(CaseStage.class), false));
        TABLE.put(org.caseledger.core.contact.AttachDocument.class, new Allowed(EnumSet.allOf(CaseStage.class), false));
    }

    private CommandStages() {
    }

    private static void in(Class<?> command, CaseStage... stages) {
        TABLE.put(command, new Allowed(EnumSet.copyOf(java.util.List.of(stages)), false));
    }

    private static void anyOpenStage(Class<?> command) {
        TABLE.put(command, new Allowed(OPEN, false));
    }

    private static void enforcing(Class<?> command) {
        TABLE.put(command, new Allowed(EnumSet.of(ENFORCEMENT), true));
    }

    /** Where the command may be sent. */
    public static Allowed of(Class<?> command) {
        Allowed allowed = TABLE.get(command);
        if (allowed == null) {
            throw new IllegalArgumentException("no stages known for " + command.getSimpleName());
        }
        return allowed;
    }

    /** The stages the command may be sent in. */
    public static Set<CaseStage> stagesOf(Class<?> command) {
        return of(command).stages();
    }

    public static boolean allows(Class<?> command, CaseStage stage) {
        return stagesOf(command).contains(stage);
    }

    /** Every command sent to an existing case, with where it may be sent (the filing creates the case). */
    /** The commands a supervision matter (no wage claim) takes: its letters and their replies, meetings, referrals, the joint mechanism, closing, reopening. */
    private static final Set<Class<?>> MATTER_COMMANDS = Set.of(IssueSupervisionLetter.class,
            org.caseledger.core.supervision.RecordLetterServed.class, RecordLetterReply.class, MarkLetterReplyOverdue.class,
            ActivateJointMechanism.class, ReferCase.class, HoldCoordinationMeeting.class, CloseCase.class, ReopenCase.class,
            // a matter handed to the labour inspectorate (overtime, contracts...) follows its road too
            org.caseledger.core.authority.RecordInspectionFiled.class, org.caseledger.core.authority.RecordInspectionExtension.class,
            org.caseledger.core.authority.RecordInspectionDecision.class, org.caseledger.core.authority.RecordInspectionEnforcementApplication.class,
            // the contact log and the case's documents
            org.caseledger.core.contact.RecordContact.class, org.caseledger.core.contact.AttachDocument.class);

    public static boolean takenByMatters(Class<?> command) {
        return MATTER_COMMANDS.contains(command);
    }

    public static Map<Class<?>, Allowed> all() {
        return java.util.Collections.unmodifiableMap(TABLE);
    }
}
