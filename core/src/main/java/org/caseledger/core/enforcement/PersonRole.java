package org.caseledger.core.enforcement;

/** Who a consumption restriction binds for an entity debtor (限制消费规定 art. 3). */
public enum PersonRole {
    LEGAL_REPRESENTATIVE,
    PRINCIPAL_OFFICER,
    DIRECTLY_RESPONSIBLE_PERSON,
    ACTUAL_CONTROLLER,
    /** The debtor itself when it is a natural person. */
    DEBTOR
}
