package org.caseledger.core.litigation;

/** How a suit ended without a judgment on its merits (ruled by 裁定). */
public enum SuitEnding {
    /** 准予撤诉: the plaintiff withdrew. */
    WITHDRAWN,
    /** 驳回起诉: dismissed. */
    DISMISSED,
    /** 不予受理: not accepted (e.g. an employer's suit against a final award, 劳动争议解释(一) art. 18(二)). */
    NOT_ACCEPTED
}
