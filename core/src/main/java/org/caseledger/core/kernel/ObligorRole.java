package org.caseledger.core.kernel;

/** What an obligor (义务人) is to the workers, and the liability that role carries unless the case records another. */
public enum ObligorRole {
    EMPLOYER(LiabilityKind.PRIMARY),
    /** 施工总承包单位: pays migrant workers first (保障农民工工资支付条例 art. 30). */
    GENERAL_CONTRACTOR(LiabilityKind.PAY_FIRST),
    /** 劳务分包 */
    LABOUR_SUBCONTRACTOR(LiabilityKind.PRIMARY),
    /** 追加的被执行人, e.g. the parent that controls a shell employer (its liability follows the ruling's ground). */
    ADDED_JUDGMENT_DEBTOR(LiabilityKind.JOINT),
    /**
     * 建设单位: advances the wages up to the project funds it has not settled, where that caused the arrears (保障农民工工资支付条例
     * art. 29 ¶2); until the unsettled funds are recorded as its cap, what it answers for is not yet shown.
     */
    CONSTRUCTION_UNIT(LiabilityKind.CAPPED),
    /** 包工头: an individual or unqualified crew leader who hired the workers (条例 arts. 19 ¶1, 36 ¶1). */
    CREW_LEADER(LiabilityKind.PRIMARY),
    /** 被挂靠单位: the firm that let another work under its name or licence pays (条例 arts. 19 ¶2, 36 ¶2). */
    LICENCE_LENDER(LiabilityKind.PAY_FIRST),
    /**
     * 用工单位: the user of dispatched workers owes their wages only on a ground the case shows: unlicensed dispatch (条例
     * art. 18: pays first) or damage it caused (劳动合同法 art. 92 ¶2: jointly).
     */
    USING_UNIT(LiabilityKind.TO_BE_SHOWN);

    private final LiabilityKind defaultLiability;

    ObligorRole(LiabilityKind defaultLiability) {
        this.defaultLiability = defaultLiability;
    }

    public LiabilityKind defaultLiability() {
        return defaultLiability;
    }
}
