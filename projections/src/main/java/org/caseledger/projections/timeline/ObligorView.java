package org.caseledger.projections.timeline;

/**
 * Part of a case's timeline (see {@link CaseTimeline}): one obligor, how it answers for the wages, what it paid and
 * what it can still be made to pay (all that is outstanding, or for a capped one no more than its cap less what it
 * paid: 保障农民工工资支付条例 art. 29 ¶2, 变更追加规定 arts. 17-19, 22-25), as the case's own ledger has it.
 */
public class ObligorView {
    public String obligorId;
    public String name;
    public String role;
    public String liability;
    public Long capFen;
    public long paidFen;
    public long owedFen;
}
