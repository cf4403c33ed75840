package org.caseledger.core.litigation;

/** A side of a dispute: who sues or appeals, each with its own service day and periods (民事诉讼法 arts. 171, 85). */
public enum PartySide {
    /** The workers (the union's side). */
    WORKER,
    /** The employer or another obligor. */
    EMPLOYER
}
