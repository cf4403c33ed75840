package org.caseledger.core.kernel;

/**
 * The stages a wage case passes through (legal-basis §6.2). Not every case passes every stage: 平凉 went
 * straight to court, 鲁甸 never left negotiation. Supervision letters and payments are overlays, not stages.
 * Which events move a case between stages each event says itself ({@link WageCaseEvent#stageAfter}).
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

    /** The stage after an event: the aggregate and every read model that replays a case ask the event the same way. */
    public static CaseStage after(CaseStage current, WageCaseEvent event) {
        return event.stageAfter(current);
    }
}
