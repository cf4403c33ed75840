package org.caseledger.core.wagecase;

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
    CLOSED
}
