package org.caseledger.core.lifecycle;

/** Why a case closed (结案). */
public enum CloseReason {
    PAID_IN_FULL,
    SETTLED_PARTIAL,
    WITHDRAWN,
    REFERRED_OUT,
    AID_TERMINATED,
    REFUSED
}
