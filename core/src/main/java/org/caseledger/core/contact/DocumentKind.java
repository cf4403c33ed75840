package org.caseledger.core.contact;

/** What a document attached to a case is (附件). */
public enum DocumentKind {
    /** 仲裁裁决书. */
    AWARD,
    /** 判决书、裁定书、调解书. */
    COURT_DOCUMENT,
    /** 调解协议. */
    MEDIATION_AGREEMENT,
    /** 欠条、工资条、考勤记录: evidence of the debt. */
    EVIDENCE,
    /** 领款确认书, signed. */
    RECEIPT,
    /** 照片. */
    PHOTO,
    /** 其他. */
    OTHER
}
