package org.caseledger.core.kernel;

/**
 * The kind of mark a fact makes where the case's stages are drawn: the overlays of a stage (letters and their replies,
 * meetings, promises, payments and what is paid out, enforcement measures); any other fact is a step of the case.
 */
public enum MarkKind {
    STEP,
    LETTER,
    REPLY,
    MEETING,
    PROMISE,
    PAYMENT,
    DISBURSEMENT,
    MEASURE
}
