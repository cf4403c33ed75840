package org.caseledger.core.supervision;

/** What a letter's recipient answered. */
public enum ReplyOutcome {
    COMPLIED,
    PARTIALLY_COMPLIED,
    REFUSED
}
