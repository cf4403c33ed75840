package org.caseledger.core.wagecase;

import org.caseledger.core.kernel.WageCaseEvent;

/**
 * The stages a wage case passes through (legal-basis §6.2). Not every case passes every stage: 平凉 went
 * straight to court, 鲁甸 never left negotiation. Supervision letters and payments are overlays, not stages.
 */
public enum CaseStage {
    /** 受理 */
    INTAKE,
    /** 指派 */
    ASSIGNED,
    /** 协商调解 */
    NEGOTIATION,
    /** 仲裁 */
    ARBITRATION,
    /** 诉讼 */
    LITIGATION,
    /** 执行 */
    ENFORCEMENT,
    /** 结案 */
    CLOSED;

    /**
     * The stage after an event: the one place that says which events move a case between stages, used by the
     * aggregate and by every read model that replays a case.
     */
    public static CaseStage after(CaseStage current, WageCaseEvent event) {
        if (event instanceof org.caseledger.core.intake.WageClaimFiled) {
            return INTAKE;
        }
        if (event instanceof org.caseledger.core.intake.LegalOfficerAssigned) {
            return current == INTAKE ? ASSIGNED : current;
        }
        if (event instanceof org.caseledger.core.negotiation.CoordinationMeetingHeld
                || event instanceof org.caseledger.core.negotiation.MediationAgreementReached) {
            return NEGOTIATION;
        }
        if (event instanceof org.caseledger.core.litigation.ArbitrationApplied) {
            return ARBITRATION;
        }
        if (event instanceof org.caseledger.core.litigation.PaymentOrderApplied
                || event instanceof org.caseledger.core.litigation.LawsuitFiled) {
            return LITIGATION;
        }
        if (event instanceof org.caseledger.core.enforcement.EnforcementApplied) {
            return ENFORCEMENT;
        }
        if (event instanceof org.caseledger.core.wagecase.CaseClosed) {
            return CLOSED;
        }
        if (event instanceof org.caseledger.core.wagecase.CaseReopened reopened) {
            return reopened.resumedStage();
        }
        return current;
    }
}
