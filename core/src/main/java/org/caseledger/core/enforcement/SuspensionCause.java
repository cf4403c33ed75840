package org.caseledger.core.enforcement;

/**
 * Why the court suspended (中止) or stayed (暂缓) enforcement. The doubled late interest does not run while enforcement
 * stands suspended for a review of the instrument not asked for by the debtor, or for a retrial (迟延履行利息解释,
 * 法释〔2014〕8号, art. 3 ¶3); it runs on through any other suspension.
 */
public enum SuspensionCause {
    /** 非因被执行人申请: the court reviews the instrument of its own motion or on another's application. */
    REVIEW_NOT_ON_DEBTORS_APPLICATION(true),
    /** 再审中止执行 */
    RETRIAL(true),
    /** On the debtor's application, e.g. its application to set the award aside (劳动争议解释(一) art. 25). */
    ON_DEBTORS_APPLICATION(false),
    OTHER(false);

    private final boolean pausesLateInterest;

    SuspensionCause(boolean pausesLateInterest) {
        this.pausesLateInterest = pausesLateInterest;
    }

    public boolean pausesLateInterest() {
        return pausesLateInterest;
    }
}
