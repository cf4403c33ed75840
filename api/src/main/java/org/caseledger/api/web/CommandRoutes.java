package org.caseledger.api.web;

import org.caseledger.core.lifecycle.CloseCase;
import org.caseledger.core.lifecycle.ReopenCase;
import org.caseledger.core.authority.*;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.*;
import org.caseledger.core.limitation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every command of a case and the path it is posted to, under {@code /api/cases/{caseId}/}. */
public final class CommandRoutes {

    public static final List<CommandRoute> ALL = List.of(
            new CommandRoute("claimants", AddClaimant.class, "add a claimant"),
            new CommandRoute("claim-revisions", ReviseClaimAmount.class, "核定: re-verify a claimant's claim"),
            new CommandRoute("claimants/{claimantId}/correction", CorrectClaimantPersonalData.class, "更正: correct a claimant's name, ID-card number or phone as filed, with the reason (an event beside the filing, never an edit)"),
            new CommandRoute("contacts", org.caseledger.core.contact.RecordContact.class, "联系记录: record a call, visit, message or note — about a worker of the case or the case as a whole — and the minutes it took"),
            new CommandRoute("legal-aid/grant", GrantLegalAid.class, "grant legal aid"),
            new CommandRoute("legal-aid/refusal", RefuseLegalAid.class, "refuse legal aid (closes the case)"),
            new CommandRoute("officer", AssignLegalOfficer.class, "assign the legal-aid officer"),
            new CommandRoute("obligor-liabilities", RecordObligorLiability.class, "record how an obligor answers for the wages (joint, pay-first, capped, supplementary) and a cap"),
            new CommandRoute("meetings", HoldCoordinationMeeting.class, "record a coordination meeting"),
            new CommandRoute("mediation-applications", org.caseledger.core.negotiation.ApplyForMediation.class, "record the worker's application to a mediation body (interrupts the arbitration year)"),
            new CommandRoute("mediation-agreements", RecordMediationAgreement.class, "record a mediation agreement, who mediated it and whether it covers wages only"),
            new CommandRoute("mediation-agreements/{promiseId}/judicial-confirmation", ApplyForJudicialConfirmation.class, "apply for 司法确认 of a mediation agreement (within 30 days)"),
            new CommandRoute("judicial-confirmation/refusal", RecordJudicialConfirmationRefused.class, "record the court's refusal to confirm the agreement"),
            new CommandRoute("payment-promises", RecordPaymentPromise.class, "record a promise to pay"),
            new CommandRoute("payment-promises/{promiseId}/broken", MarkPaymentPromiseBroken.class, "mark a promise broken (the sweeper does this)"),
            new CommandRoute("supervision-letters", IssueSupervisionLetter.class, "issue a 提示函, 意见书 or 建议书"),
            new CommandRoute("supervision-letters/{letterId}/service", RecordLetterServed.class, "record the day the recipient received a letter (its reply window runs from then)"),
            new CommandRoute("supervision-letters/{letterId}/reply", RecordLetterReply.class, "record the reply to a letter"),
            new CommandRoute("supervision-letters/{letterId}/overdue", MarkLetterReplyOverdue.class, "mark a reply overdue (the sweeper does this)"),
            new CommandRoute("joint-mechanism", ActivateJointMechanism.class, "activate the joint mechanism"),
            new CommandRoute("referrals", ReferCase.class, "refer the case"),
            new CommandRoute("arbitration", ApplyForArbitration.class, "apply for arbitration"),
            new CommandRoute("arbitration/acceptance", RecordArbitrationAccepted.class, "record the acceptance of arbitration"),
            new CommandRoute("arbitration/refusal", RecordArbitrationRefused.class, "record the commission's refusal to accept (the worker may sue)"),
            new CommandRoute("arbitration/extension", RecordAwardPeriodExtension.class, "record the extension of the award period (at most 15 days)"),
            new CommandRoute("arbitration/award", RecordArbitralAward.class, "record the arbitral award: the type it states governs; items stating none are final or not by 劳动争议调解仲裁法 art. 47 (12 × the monthly minimum wage of the commission's locality on the day the award was made)"),
            new CommandRoute("arbitration/award/set-aside", RecordSetAsideApplication.class, "record the employer's application to the intermediate court to set a final award aside"),
            new CommandRoute("arbitration/award/set-aside/ruling", RecordSetAsideRuling.class, "record the court's ruling on setting the award aside"),
            new CommandRoute("payment-order", ApplyForPaymentOrder.class, "apply for a payment order"),
            new CommandRoute("payment-order/service", RecordPaymentOrderIssued.class, "record the payment order served on the debtor (15 days to object)"),
            new CommandRoute("payment-order/objection", RecordPaymentOrderObjection.class, "record an objection to the payment order"),
            new CommandRoute("lawsuit", FileLawsuit.class, "file a lawsuit"),
            new CommandRoute("lawsuit/end", org.caseledger.core.litigation.RecordSuitEnded.class, "record a suit ended by a ruling (撤诉, 驳回起诉, 不予受理): the award stands"),
            new CommandRoute("court-mediation", RecordCourtMediation.class, "record the court mediation statement"),
            new CommandRoute("judgments", RecordJudgment.class, "record a judgment"),
            new CommandRoute("appeals", RecordAppeal.class, "record an appeal"),
            new CommandRoute("instruments", RecordInstrumentEffective.class, "record an instrument taking effect"),
            new CommandRoute("enforcement", ApplyForEnforcement.class, "apply for enforcement"),
            new CommandRoute("enforcement/filing", RecordEnforcementFiled.class, "record the enforcement case filing"),
            new CommandRoute("asset-searches", RecordAssetSearch.class, "record an asset search"),
            new CommandRoute("judgment-debtors", AddJudgmentDebtor.class, "add a judgment debtor"),
            new CommandRoute("freezes", FreezeAssets.class, "freeze assets"),
            new CommandRoute("preservations", RecordPropertyPreservation.class, "record property preserved before or during the proceedings (财产保全)"),
            new CommandRoute("advance-executions", RecordAdvanceExecution.class, "record wages ordered paid in advance (先予执行)"),
            new CommandRoute("freezes/{freezeId}/renewal", RenewFreeze.class, "record the renewal of a freeze"),
            new CommandRoute("freezes/{freezeId}/lifting", LiftFreeze.class, "record the lifting of a freeze"),
            new CommandRoute("consumption-restrictions", RestrictHighConsumption.class, "restrict high consumption"),
            new CommandRoute("dishonest-listings", ListAsDishonestDebtor.class, "list as dishonest debtor"),
            new CommandRoute("criminal-liability-warnings", WarnOfCriminalLiability.class, "warn of criminal liability"),
            new CommandRoute("enforcement/settlement", RecordEnforcementSettlement.class, "record an enforcement settlement"),
            new CommandRoute("enforcement/round-termination", TerminateCurrentRound.class, "terminate the current round (终本)"),
            new CommandRoute("enforcement/resumption", ResumeEnforcement.class, "resume enforcement"),
            new CommandRoute("enforcement/suspension", org.caseledger.core.enforcement.SuspendEnforcement.class, "record that the court suspended enforcement (中止执行), and why"),
            new CommandRoute("enforcement/suspension/end", org.caseledger.core.enforcement.EndEnforcementSuspension.class, "record that enforcement goes on after a suspension"),
            new CommandRoute("enforcement/non-enforcement", org.caseledger.core.litigation.RecordNonEnforcementRuling.class, "record the court's ruling not to enforce an award (不予执行): 30 days to sue"),
            new CommandRoute("orders-to-pay", RecordOrderToPay.class, "record the labour administration's order to pay (责令支付)"),
            new CommandRoute("police-referrals", ReferToPolice.class, "record the referral of 拒不支付劳动报酬罪 to the police (刑法 art. 276-1)"),
            new CommandRoute("police-decisions", RecordPoliceDecision.class, "record the police's decision on the referral"),
            new CommandRoute("arrears-blacklistings", RecordArrearsBlacklisting.class, "record the listing for serious wage arrears (条例 art. 48)"),
            new CommandRoute("inspection/filing", RecordInspectionFiled.class, "record the labour inspectorate's 立案 of the complaint handed to it (due within 5 working days; the investigation within 60)"),
            new CommandRoute("inspection/extension", RecordInspectionExtension.class, "record the extension of a complex investigation by 30 working days (劳动保障监察条例 art. 17)"),
            new CommandRoute("inspection/decision", RecordInspectionDecision.class, "record the inspectorate's decision: 责令改正, 行政处理决定, 行政处罚 or 撤销立案 (art. 18)"),
            new CommandRoute("inspection/court-enforcement", RecordInspectionEnforcementApplication.class, "record the inspectorate's application to the court to enforce its decision (行政强制法 art. 53)"),
            new CommandRoute("wage-deposit-draws", RecordWageDepositDrawn.class, "record 人社's decision to pay the wages out of the wage deposit (条例 art. 32)"),
            new CommandRoute("limitation/interruptions", RecordLimitationInterruption.class, "record an interruption of a limitation from outside the case"),
            new CommandRoute("limitation/suspension", RecordLimitationSuspension.class, "record that a limitation stands suspended"),
            new CommandRoute("limitation/suspension/end", EndLimitationSuspension.class, "record the end of a suspension"),
            new CommandRoute("payments", RecordPayment.class, "record a payment with its allocation"),
            new CommandRoute("payments/{paymentId}/allocations", AllocatePayment.class, "allocate the rest of a payment"),
            new CommandRoute("late-interest", AssessLateInterest.class, "compute the 迟延履行利息 as of a day and make it enforceable after the debt"),
            new CommandRoute("payments/{paymentId}/refunds", RefundUnallocatedFunds.class, "refund the unallocated rest"),
            new CommandRoute("disbursements", DisburseToClaimant.class, "pay money out to a claimant"),
            new CommandRoute("closure", CloseCase.class, "close the case"),
            new CommandRoute("reopening", ReopenCase.class, "reopen a closed case"));

    private CommandRoutes() {
    }

    /** The route of a request path below the case, with its path variables. */
    public static Optional<Map.Entry<CommandRoute, Map<String, String>>> resolve(String rest) {
        List<String> segments = CommandRoute.segments(rest);
        for (CommandRoute route : ALL) {
            Optional<Map<String, String>> vars = route.match(segments);
            if (vars.isPresent()) {
                return Optional.of(Map.entry(route, vars.get()));
            }
        }
        return Optional.empty();
    }

    /** The path a command is posted to (for clients and tests), with its path variable filled from the command. */
    public static String pathOf(Object command, Map<String, String> variables) {
        for (CommandRoute route : ALL) {
            if (route.command() == command.getClass()) {
                String path = route.path();
                for (Map.Entry<String, String> v : variables.entrySet()) {
                    path = path.replace("{" + v.getKey() + "}", v.getValue());
                }
                return path;
            }
        }
        throw new IllegalArgumentException("no route for " + command.getClass().getSimpleName());
    }
}
