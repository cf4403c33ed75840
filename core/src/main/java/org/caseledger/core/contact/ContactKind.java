package org.caseledger.core.contact;

/** How an officer was in touch (联系记录): a call, a visit, a message, or a note written for the file. */
public enum ContactKind {
    /** 电话. */
    CALL,
    /** 走访、来访、约谈. */
    VISIT,
    /** 短信、微信、信函. */
    MESSAGE,
    /** 备注: a note for the file, no one contacted. */
    NOTE
}
