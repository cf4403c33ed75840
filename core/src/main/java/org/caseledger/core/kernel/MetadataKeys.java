package org.caseledger.core.kernel;

/**
 * The keys of what every event of a case carries beside its payload (who acted, for which union body, in which
 * request, when), in one place: they are stored with every event and read by auditors' views.
 */
public final class MetadataKeys {

    /** The user who sent the command. */
    public static final String ACTING_USER = "actingUser";
    /** The union body the user acted for. */
    public static final String UNION_BODY = "unionBody";
    /** The request the command came from. */
    public static final String CORRELATION_ID = "correlationId";
    /** When the request reached the service (ISO-8601). */
    public static final String REQUEST_TIME = "requestTime";
    /** The case version the client based the command on (checked, not stored as a fact). */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private MetadataKeys() {
    }
}
