package org.caseledger.core.wagecase;

/** Why a case closed (结案). */
public enum CloseReason {
    PAID_IN_FULL,
    SETTLED_PARTIAL,
    WITHDRAWN,
    REFERRED_OUT,
    AID_TERMINATED,
    REFUSED
}
