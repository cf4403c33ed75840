package org.caseledger.core.litigation;

/** How a debtor objected to a payment order: only a written objection counts (民事诉讼法 art. 227; 民事诉讼法解释 art. 436 ¶3). */
public enum ObjectionForm {
    WRITTEN,
    /** 口头异议: void. */
    ORAL
}
