package org.caseledger.core.kernel;

/**
 * What interrupted (中断) a limitation, so that it runs again in full from that day: the grounds of 劳动争议调解仲裁法
 * art. 27 ¶2, which 民事诉讼法 art. 250 applies to enforcement through 民法典 art. 195.
 */
public enum InterruptionCause {
    /** 向对方当事人主张权利: a demand on the obligor (a supervision letter, a lawyer's letter, a demand in person). */
    DEMAND_TO_OBLIGOR,
    /** 向有关部门请求权利救济: a complaint to the labour inspectorate or another department, a referral. */
    COMPLAINT_TO_AUTHORITY,
    /** An application for mediation or for a payment order (支付令). */
    MEDIATION_OR_PAYMENT_ORDER_APPLIED,
    /** 对方当事人同意履行义务: a promise, an agreement or a part-payment by the obligor. */
    OBLIGOR_AGREED_TO_PAY,
    /** 执行和解: the two years restart from the agreed last day of performance (民事诉讼法解释 art. 466; 执行和解规定 art. 10). */
    ENFORCEMENT_SETTLEMENT
}
