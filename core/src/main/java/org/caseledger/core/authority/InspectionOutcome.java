package org.caseledger.core.authority;

/** What the labour inspectorate decided after its investigation (劳动保障监察条例 art. 18). */
public enum InspectionOutcome {
    /** 责令改正 */
    ORDER_TO_RECTIFY,
    /** 行政处理决定 (e.g. to pay the wages owed) */
    HANDLING_DECISION,
    /** 行政处罚决定 */
    PENALTY,
    /** 撤销立案: minor and already put right */
    CASE_WITHDRAWN
}
