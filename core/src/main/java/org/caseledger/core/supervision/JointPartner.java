package org.caseledger.core.supervision;

/** Members of the "工会+法院+检察院+人社+司法+N" joint mechanism besides the union. */
public enum JointPartner {
    COURT,
    PROCURATORATE,
    HUMAN_RESOURCES_SOCIAL_SECURITY,
    JUSTICE_BUREAU,
    OTHER
}
