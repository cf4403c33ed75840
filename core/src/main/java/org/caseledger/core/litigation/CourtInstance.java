package org.caseledger.core.litigation;

/** First or second instance (一审 / 二审). */
public enum CourtInstance {
    FIRST,
    SECOND
}
