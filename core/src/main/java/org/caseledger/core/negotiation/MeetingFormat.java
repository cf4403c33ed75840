package org.caseledger.core.negotiation;

/** How a coordination meeting or mediation session (协商会 / 调解) was held. */
public enum MeetingFormat {
    IN_PERSON,
    ONLINE
}
