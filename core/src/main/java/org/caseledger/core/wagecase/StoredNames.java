package org.caseledger.core.wagecase;

import org.caseledger.core.authority.*;
import org.caseledger.core.enforcement.*;
import org.caseledger.core.intake.*;
import org.caseledger.core.litigation.*;
import org.caseledger.core.money.*;
import org.caseledger.core.negotiation.*;
import org.caseledger.core.supervision.*;
import org.caseledger.core.lifecycle.*;

import java.util.Map;

/**
 * The names under which the case's events and snapshots are stored. They are a contract with users' stores, not
 * Java names: moving or renaming a class changes nothing here, a stored name is never changed or reused, and a new
 * event gets a new name. Version 0.1.0 stored Java class names; those are read still ({@link #RETIRED}).
 */
public final class StoredNames {

    private StoredNames() {
    }

    /** The name each event type (and the snapshot of a case) is written under. */
    public static final Map<String, Class<?>> CURRENT = Map.ofEntries(
            Map.entry("ClaimantAdded", ClaimantAdded.class),
            Map.entry("LegalAidGranted", LegalAidGranted.class),
            Map.entry("LegalAidRefused", LegalAidRefused.class),
            Map.entry("LegalOfficerAssigned", LegalOfficerAssigned.class),
            Map.entry("WageClaimFiled", WageClaimFiled.class),
            Map.entry("ClaimAmountRevised", ClaimAmountRevised.class),
            Map.entry("CoordinationMeetingHeld", CoordinationMeetingHeld.class),
            Map.entry("MediationAgreementReached", MediationAgreementReached.class),
            Map.entry("PaymentPromiseBroken", PaymentPromiseBroken.class),
            Map.entry("PaymentPromiseKept", PaymentPromiseKept.class),
            Map.entry("PaymentPromiseMade", PaymentPromiseMade.class),
            Map.entry("CaseReferred", CaseReferred.class),
            Map.entry("JointMechanismActivated", JointMechanismActivated.class),
            Map.entry("SupervisionLetterAnswered", SupervisionLetterAnswered.class),
            Map.entry("SupervisionLetterIssued", SupervisionLetterIssued.class),
            Map.entry("SupervisionLetterReplyOverdue", SupervisionLetterReplyOverdue.class),
            Map.entry("AppealFiled", AppealFiled.class),
            Map.entry("ArbitralAwardIssued", ArbitralAwardIssued.class),
            Map.entry("ArbitrationAccepted", ArbitrationAccepted.class),
            Map.entry("ArbitrationApplied", ArbitrationApplied.class),
            Map.entry("CourtMediationStatementIssued", CourtMediationStatementIssued.class),
            Map.entry("InstrumentBecameEffective", InstrumentBecameEffective.class),
            Map.entry("JudgmentIssued", JudgmentIssued.class),
            Map.entry("LawsuitFiled", LawsuitFiled.class),
            Map.entry("PaymentOrderApplied", PaymentOrderApplied.class),
            Map.entry("PaymentOrderObjected", PaymentOrderObjected.class),
            // 0.3.0: several obligors, the shortcut procedures
            Map.entry("ObligorLiabilityRecorded", ObligorLiabilityRecorded.class),
            Map.entry("ArbitrationRefused", ArbitrationRefused.class),
            Map.entry("AwardPeriodExtended", AwardPeriodExtended.class),
            Map.entry("PaymentOrderIssued", PaymentOrderIssued.class),
            Map.entry("JudicialConfirmationApplied", JudicialConfirmationApplied.class),
            Map.entry("JudicialConfirmationRefused", JudicialConfirmationRefused.class),
            Map.entry("SetAsideApplied", SetAsideApplied.class),
            Map.entry("SetAsideRuled", SetAsideRuled.class),
            Map.entry("SuitEnded", org.caseledger.core.litigation.SuitEnded.class),
            Map.entry("EnforcementOfAwardRefused", org.caseledger.core.litigation.EnforcementOfAwardRefused.class),
            Map.entry("EnforcementSuspended", org.caseledger.core.enforcement.EnforcementSuspended.class),
            Map.entry("EnforcementSuspensionEnded", org.caseledger.core.enforcement.EnforcementSuspensionEnded.class),
            Map.entry("InstalmentPaid", org.caseledger.core.money.InstalmentPaid.class),
            Map.entry("MediationApplied", org.caseledger.core.negotiation.MediationApplied.class),
            // 0.5.0: supervision matters without a wage claim
            Map.entry("SupervisionMatterOpened", org.caseledger.core.supervision.SupervisionMatterOpened.class),
            Map.entry("ClaimantPersonalDataCorrected", org.caseledger.core.intake.ClaimantPersonalDataCorrected.class),
            Map.entry("ContactRecorded", org.caseledger.core.contact.ContactRecorded.class),
            Map.entry("DocumentAttached", org.caseledger.core.contact.DocumentAttached.class),
            // 0.5.0: the labour inspectorate's road
            Map.entry("InspectionFiled", org.caseledger.core.authority.InspectionFiled.class),
            Map.entry("InspectionExtended", org.caseledger.core.authority.InspectionExtended.class),
            Map.entry("InspectionDecided", org.caseledger.core.authority.InspectionDecided.class),
            Map.entry("InspectionEnforcementApplied", org.caseledger.core.authority.InspectionEnforcementApplied.class),
            Map.entry("WageDepositDrawDecided", org.caseledger.core.authority.WageDepositDrawDecided.class),
            Map.entry("LateInterestAssessed", LateInterestAssessed.class),
            Map.entry("OrderToPayIssued", OrderToPayIssued.class),
            Map.entry("ReferredToPolice", ReferredToPolice.class),
            Map.entry("PoliceDecided", PoliceDecided.class),
            Map.entry("ObligorBlacklisted", ObligorBlacklisted.class),
            Map.entry("PropertyPreserved", PropertyPreserved.class),
            Map.entry("AdvanceExecutionOrdered", AdvanceExecutionOrdered.class),
            Map.entry("AssetSearchCompleted", AssetSearchCompleted.class),
            Map.entry("AssetsFrozen", AssetsFrozen.class),
            Map.entry("CriminalLiabilityWarned", CriminalLiabilityWarned.class),
            Map.entry("DishonestDebtorListed", DishonestDebtorListed.class),
            Map.entry("EnforcementApplied", EnforcementApplied.class),
            Map.entry("EnforcementCaseFiled", EnforcementCaseFiled.class),
            Map.entry("EnforcementResumed", EnforcementResumed.class),
            Map.entry("EnforcementRoundTerminated", EnforcementRoundTerminated.class),
            Map.entry("EnforcementSettlementReached", EnforcementSettlementReached.class),
            Map.entry("HighConsumptionRestricted", HighConsumptionRestricted.class),
            Map.entry("JudgmentDebtorAdded", JudgmentDebtorAdded.class),
            Map.entry("CaseClosed", CaseClosed.class),
            Map.entry("CaseReopened", CaseReopened.class),
            Map.entry("FundsDisbursed", FundsDisbursed.class),
            Map.entry("PaymentAllocated", PaymentAllocated.class),
            Map.entry("PaymentReceived", PaymentReceived.class),
            Map.entry("UnallocatedFundsRefunded", UnallocatedFundsRefunded.class),
            Map.entry("SupervisionLetterServed", SupervisionLetterServed.class),
            Map.entry("ClaimantPersonalDataErased", ClaimantPersonalDataErased.class),
            Map.entry("FreezeRenewed", FreezeRenewed.class),
            Map.entry("FreezeLifted", FreezeLifted.class),
            Map.entry("LimitationInterrupted", org.caseledger.core.limitation.LimitationInterrupted.class),
            Map.entry("LimitationSuspended", org.caseledger.core.limitation.LimitationSuspended.class),
            Map.entry("LimitationSuspensionEnded", org.caseledger.core.limitation.LimitationSuspensionEnded.class),
            Map.entry("WageCase", WageCase.class));

    /** Names written by earlier versions (0.1.0: the classes' names then), read as these types. */
    public static final Map<String, Class<?>> RETIRED = Map.ofEntries(
            Map.entry("org.caseledger.core.intake.ClaimantAdded", ClaimantAdded.class),
            Map.entry("org.caseledger.core.intake.LegalAidGranted", LegalAidGranted.class),
            Map.entry("org.caseledger.core.intake.LegalAidRefused", LegalAidRefused.class),
            Map.entry("org.caseledger.core.intake.LegalOfficerAssigned", LegalOfficerAssigned.class),
            Map.entry("org.caseledger.core.intake.WageClaimFiled", WageClaimFiled.class),
            Map.entry("org.caseledger.core.negotiation.ClaimAmountRevised", ClaimAmountRevised.class),
            Map.entry("org.caseledger.core.negotiation.CoordinationMeetingHeld", CoordinationMeetingHeld.class),
            Map.entry("org.caseledger.core.negotiation.MediationAgreementReached", MediationAgreementReached.class),
            Map.entry("org.caseledger.core.negotiation.PaymentPromiseBroken", PaymentPromiseBroken.class),
            Map.entry("org.caseledger.core.negotiation.PaymentPromiseKept", PaymentPromiseKept.class),
            Map.entry("org.caseledger.core.negotiation.PaymentPromiseMade", PaymentPromiseMade.class),
            Map.entry("org.caseledger.core.supervision.CaseReferred", CaseReferred.class),
            Map.entry("org.caseledger.core.supervision.JointMechanismActivated", JointMechanismActivated.class),
            Map.entry("org.caseledger.core.supervision.SupervisionLetterAnswered", SupervisionLetterAnswered.class),
            Map.entry("org.caseledger.core.supervision.SupervisionLetterIssued", SupervisionLetterIssued.class),
            Map.entry("org.caseledger.core.supervision.SupervisionLetterReplyOverdue", SupervisionLetterReplyOverdue.class),
            Map.entry("org.caseledger.core.litigation.AppealFiled", AppealFiled.class),
            Map.entry("org.caseledger.core.litigation.ArbitralAwardIssued", ArbitralAwardIssued.class),
            Map.entry("org.caseledger.core.litigation.ArbitrationAccepted", ArbitrationAccepted.class),
            Map.entry("org.caseledger.core.litigation.ArbitrationApplied", ArbitrationApplied.class),
            Map.entry("org.caseledger.core.litigation.CourtMediationStatementIssued", CourtMediationStatementIssued.class),
            Map.entry("org.caseledger.core.litigation.InstrumentBecameEffective", InstrumentBecameEffective.class),
            Map.entry("org.caseledger.core.litigation.JudgmentIssued", JudgmentIssued.class),
            Map.entry("org.caseledger.core.litigation.LawsuitFiled", LawsuitFiled.class),
            Map.entry("org.caseledger.core.litigation.PaymentOrderApplied", PaymentOrderApplied.class),
            Map.entry("org.caseledger.core.litigation.PaymentOrderObjected", PaymentOrderObjected.class),
            Map.entry("org.caseledger.core.enforcement.AssetSearchCompleted", AssetSearchCompleted.class),
            Map.entry("org.caseledger.core.enforcement.AssetsFrozen", AssetsFrozen.class),
            Map.entry("org.caseledger.core.enforcement.CriminalLiabilityWarned", CriminalLiabilityWarned.class),
            Map.entry("org.caseledger.core.enforcement.DishonestDebtorListed", DishonestDebtorListed.class),
            Map.entry("org.caseledger.core.enforcement.EnforcementApplied", EnforcementApplied.class),
            Map.entry("org.caseledger.core.enforcement.EnforcementCaseFiled", EnforcementCaseFiled.class),
            Map.entry("org.caseledger.core.enforcement.EnforcementResumed", EnforcementResumed.class),
            Map.entry("org.caseledger.core.enforcement.EnforcementRoundTerminated", EnforcementRoundTerminated.class),
            Map.entry("org.caseledger.core.enforcement.EnforcementSettlementReached", EnforcementSettlementReached.class),
            Map.entry("org.caseledger.core.enforcement.HighConsumptionRestricted", HighConsumptionRestricted.class),
            Map.entry("org.caseledger.core.enforcement.JudgmentDebtorAdded", JudgmentDebtorAdded.class),
            Map.entry("org.caseledger.core.money.CaseClosed", CaseClosed.class),
            Map.entry("org.caseledger.core.money.CaseReopened", CaseReopened.class),
            Map.entry("org.caseledger.core.money.FundsDisbursed", FundsDisbursed.class),
            Map.entry("org.caseledger.core.money.PaymentAllocated", PaymentAllocated.class),
            Map.entry("org.caseledger.core.money.PaymentReceived", PaymentReceived.class),
            Map.entry("org.caseledger.core.money.UnallocatedFundsRefunded", UnallocatedFundsRefunded.class),
            Map.entry("org.caseledger.core.wagecase.WageCase", WageCase.class));
}
