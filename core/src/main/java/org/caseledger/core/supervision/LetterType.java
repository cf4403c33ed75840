package org.caseledger.core.supervision;

/** The three documents of 一函两书 (legal-basis §1). */
public enum LetterType {
    /** 提示函: a warning to an obligor or the public; no statutory reply window. */
    REMINDER,
    /** 意见书: the violation exists, rectify; written reply due (15 working days by default). */
    OPINION,
    /** 建议书: from a county-level-or-above union to a government department. */
    RECOMMENDATION
}
