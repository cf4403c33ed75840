package org.caseledger.core.litigation;

/** Enforceable instruments (生效法律文书) and where they arise. */
public enum InstrumentKind {
    /** 仲裁裁决 */
    ARBITRAL_AWARD,
    /** 仲裁调解书 */
    ARBITRAL_MEDIATION,
    /** 支付令 */
    PAYMENT_ORDER,
    /** 民事调解书 */
    COURT_MEDIATION,
    /** 判决书 */
    JUDGMENT,
    /** 确认调解协议效力的裁定 (司法确认, 民事诉讼法 arts. 205-206): a mediation agreement made enforceable by the court. */
    JUDICIAL_CONFIRMATION
}
