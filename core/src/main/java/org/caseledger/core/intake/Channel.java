package org.caseledger.core.intake;

/** How a claim reached the union (受理渠道). */
public enum Channel {
    /** 全国工会12351职工维权服务热线 */
    HOTLINE_12351,
    /** 工会驿站 */
    UNION_STATION,
    WALK_IN,
    ONLINE,
    REFERRAL
}
