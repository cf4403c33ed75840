package org.caseledger.core.litigation;

/** Who appeals (or is served): each side has its own 15 days from its own service (民事诉讼法 arts. 171, 85). */
public enum AppealSide {
    /** The workers (the union's side). */
    WORKER,
    /** The employer or another obligor. */
    EMPLOYER
}
