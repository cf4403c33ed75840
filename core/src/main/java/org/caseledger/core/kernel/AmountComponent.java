package org.caseledger.core.kernel;

/**
 * The kind of an amount (请求事项的类别): what a worker claims, an agreement, an award or an instrument grants, and a
 * payment discharges. Declared in the order a payment that names no kind discharges them: the wages first, the doubled
 * late interest last (迟延履行利息解释, 法释〔2014〕8号, art. 4). Stored by name; amounts stored before the kinds were
 * known are {@link #PRINCIPAL}, the unpaid wages.
 */
public enum AmountComponent {
    /** 拖欠工资 (劳动报酬): the unpaid wages. */
    PRINCIPAL(Article47.AMOUNT_TEST, true, true),
    /** 加班费: pay for overtime, rest days and holidays worked (劳动法 art. 44), 劳动报酬 too. */
    OVERTIME_PAY(Article47.AMOUNT_TEST, true, true),
    /** 未休年休假工资等: pay for rest and leave, a matter of the national standards on rest and leave. */
    LEAVE_PAY(Article47.ALWAYS_FINAL, false, false),
    /** 未签书面劳动合同的二倍工资 (劳动合同法 art. 82). */
    DOUBLE_WAGES(Article47.AMOUNT_TEST, false, false),
    /** 经济补偿 (劳动合同法 arts. 46-47). */
    SEVERANCE(Article47.AMOUNT_TEST, false, true),
    /** 违法解除或者终止的赔偿金 (劳动合同法 art. 87). */
    DAMAGES(Article47.AMOUNT_TEST, false, false),
    /** 加付赔偿金, 50-100% of the amount owed, after an order to pay was not obeyed (劳动合同法 art. 85). */
    ADDITIONAL_COMPENSATION(Article47.AMOUNT_TEST, false, false),
    /** 社会保险: contributions or losses for their want, a matter of the national standards on social insurance. */
    SOCIAL_INSURANCE(Article47.ALWAYS_FINAL, false, false),
    /** Any other claim (a matter not named in art. 47). */
    OTHER(Article47.NOT_NAMED, false, false),
    /** 一般债务利息: interest the instrument itself grants (迟延履行利息解释 art. 1 ¶2). */
    DEBT_INTEREST(Article47.NOT_NAMED, false, false),
    /** 迟延履行加倍部分债务利息 (民事诉讼法 art. 264): assessed by the engine or stated by an instrument, never claimed. */
    LATE_INTEREST(Article47.NOT_NAMED, false, false);

    /** How 劳动争议调解仲裁法 art. 47 treats an award item of this kind. */
    public enum Article47 {
        /** art. 47(1): 劳动报酬, 经济补偿 or 赔偿金, final when at most 12 × the local monthly minimum wage. */
        AMOUNT_TEST,
        /** art. 47(2): working time, rest and leave, social insurance under the national standards: final whatever the amount. */
        ALWAYS_FINAL,
        /** Not a matter art. 47 names: never final by it. */
        NOT_NAMED
    }

    private final Article47 article47;
    private final boolean remuneration;
    private final boolean owedUnderArticle85;

    AmountComponent(Article47 article47, boolean remuneration, boolean owedUnderArticle85) {
        this.article47 = article47;
        this.remuneration = remuneration;
        this.owedUnderArticle85 = owedUnderArticle85;
    }

    public Article47 article47() {
        return article47;
    }

    /** 劳动报酬 in 刑法 art. 276-1's sense: wages and overtime pay (拒不支付劳动报酬解释, 法释〔2013〕3号, art. 1). */
    public boolean isRemuneration() {
        return remuneration;
    }

    /**
     * Part of the 应付金额 that 加付赔偿金 is measured against (劳动合同法 art. 85: unpaid or short wages, unpaid
     * overtime pay, unpaid 经济补偿).
     */
    public boolean isOwedUnderArticle85() {
        return owedUnderArticle85;
    }

    /** Interest: outside the base the doubled late interest accrues on (迟延履行利息解释 art. 1 ¶3). */
    public boolean isInterest() {
        return this == DEBT_INTEREST || this == LATE_INTEREST;
    }

    /** What a worker may claim: anything but the doubled late interest, which only enforcement brings. */
    public boolean isClaimable() {
        return this != LATE_INTEREST;
    }
}
