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
    OTHER;

    /** The channel a case filed from an order of this channel records. */
    public org.caseledger.core.intake.Channel caseChannel() {
        return switch (this) {
            case HOTLINE_12351 -> org.caseledger.core.intake.Channel.HOTLINE_12351;
            case STATION_BOARD -> org.caseledger.core.intake.Channel.UNION_STATION;
            case WALK_IN -> org.caseledger.core.intake.Channel.WALK_IN;
            case WEB, APP, QR_CODE -> org.caseledger.core.intake.Channel.ONLINE;
            case DEPUTY_LIAISON_STATION, GOVERNANCE_CENTRE_REFERRAL, OTHER -> org.caseledger.core.intake.Channel.REFERRAL;
        };
    }
}
