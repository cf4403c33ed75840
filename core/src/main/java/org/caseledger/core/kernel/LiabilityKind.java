package org.caseledger.core.kernel;

/**
 * How an obligor answers for the workers' wages (清偿责任的形态): what it can be made to pay, and in which order.
 * The same debt is owed once: whoever pays, the workers' outstanding falls, and no one collects twice.
 */
public enum LiabilityKind {
    /** 直接责任: the employer (or subcontractor, crew leader) that hired the workers owes their wages itself. */
    PRIMARY,
    /**
     * 连带责任: answers for the whole debt beside the employer, e.g. the 用工单位 of dispatched workers (劳动合同法 art. 92)
     * or a one-person company's shareholder (变更追加规定 art. 20).
     */
    JOINT,
    /**
     * 先行清偿: pays first and recovers from the one who owed, e.g. the 总包 for its subcontractor (保障农民工工资支付条例
     * art. 30), the firm whose licence was lent (arts. 19 ¶2, 36 ¶2), the 用工单位 of unlicensed dispatch (art. 18).
     */
    PAY_FIRST,
    /**
     * 以…为限: answers up to a cap, e.g. the 建设单位 up to the project funds it still owes (条例 art. 29 ¶2), or an added
     * judgment debtor up to its unpaid capital (变更追加规定 arts. 17-19, 22-25).
     */
    CAPPED,
    /** 补充责任: answers only for what the primary obligor cannot pay, e.g. the investors of a partnership (条例 art. 20). */
    SUPPLEMENTARY,
    /**
     * 责任待查明: the case has not yet shown how this obligor answers (a 用工单位 answers only on a ground: unlicensed
     * dispatch, 条例 art. 18, or damage it caused, 劳动合同法 art. 92 ¶2); it can be made to pay nothing until the ground is
     * recorded.
     */
    TO_BE_SHOWN;

    /** What the obligor can be made to pay is known: not a liability still to be shown, nor a cap not yet recorded. */
    public boolean isShown(Money cap) {
        return this != TO_BE_SHOWN && (this != CAPPED || cap != null);
    }

    public boolean hasCap() {
        return this == CAPPED;
    }
}
