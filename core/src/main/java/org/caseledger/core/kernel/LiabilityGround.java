package org.caseledger.core.kernel;

/**
 * The legal ground of an obligor's liability for the wages (清偿责任的依据), and the liability it carries. Recording the
 * ground records the liability the law gives it.
 */
public enum LiabilityGround {
    /** 保障农民工工资支付条例 art. 18: the 用工单位 of workers dispatched by an individual, an unqualified or unlicensed firm pays, with recourse. */
    UNLICENSED_DISPATCH(LiabilityKind.PAY_FIRST),
    /** 劳动合同法 art. 92 ¶2: the 用工单位 answers jointly with the dispatch firm for the damage it caused. */
    DISPATCH_DAMAGE(LiabilityKind.JOINT),
    /** 劳动合同法 art. 94: the organisation that contracted the business out to an individual answers jointly with him. */
    INDIVIDUAL_CONTRACTOR(LiabilityKind.JOINT),
    /** 条例 art. 19 ¶2, art. 36 ¶2: the firm that let another work under its name or licence pays, with recourse. */
    NAME_OR_LICENCE_LENT(LiabilityKind.PAY_FIRST),
    /** 条例 art. 20: the investors of a partnership or sole proprietorship pay what it does not. */
    INVESTOR(LiabilityKind.SUPPLEMENTARY),
    /** 条例 art. 29 ¶2: the 建设单位 advances the wages up to the project funds it has not settled, where its default caused the arrears. */
    UNPAID_PROJECT_FUNDS(LiabilityKind.CAPPED),
    /** 条例 art. 30 ¶3: the general contractor pays its subcontractor's arrears first, with recourse. */
    GENERAL_CONTRACTOR(LiabilityKind.PAY_FIRST),
    /** 条例 art. 36 ¶1: the 建设单位 or general contractor that contracted out to an individual or an unqualified firm pays. */
    UNQUALIFIED_SUBCONTRACTING(LiabilityKind.PAY_FIRST),
    /** 条例 art. 37: a project against the planning or construction laws: the 建设单位 pays. */
    UNLAWFUL_PROJECT(LiabilityKind.PAY_FIRST);

    private final LiabilityKind liability;

    LiabilityGround(LiabilityKind liability) {
        this.liability = liability;
    }

    public LiabilityKind liability() {
        return liability;
    }
}
