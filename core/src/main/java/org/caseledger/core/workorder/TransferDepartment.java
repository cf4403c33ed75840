package org.caseledger.core.workorder;

/** The department a work order is handed to when it is not the union's to solve (转办). */
public enum TransferDepartment {
    /** 人社部门 / 劳动保障监察 */
    LABOUR_INSPECTION,
    /** 人民法院 */
    COURT,
    /** 综治中心 */
    GOVERNANCE_CENTRE,
    OTHER
}
