package org.caseledger.core.workorder;

/** Where a worker's call or message came in (受理渠道). */
public enum WorkOrderChannel {
    /** 12351 职工服务热线 */
    HOTLINE_12351,
    WEB,
    APP,
    /** 户外劳动者服务站点（驿站）留言板 */
    STATION_BOARD,
    QR_CODE,
    /** 人大代表联络站 */
    DEPUTY_LIAISON_STATION,
    /** 窗口来访 */
    WALK_IN,
    /** 综治中心转来 */
    GOVERNANCE_CENTRE_REFERRAL,
    OTHER
}
