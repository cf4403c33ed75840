package org.caseledger.core.lifecycle;

/** Why a case closed (结案). */
public enum CloseReason {
    PAID_IN_FULL,
    SETTLED_PARTIAL,
    WITHDRAWN,
    REFERRED_OUT,
    AID_TERMINATED,
    REFUSED,
    /** 整改到位: the employer put right what a supervision matter was about (a matter's own reason). */
    RECTIFIED
}
