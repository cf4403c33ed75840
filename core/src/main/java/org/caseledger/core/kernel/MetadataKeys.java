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
    /** The request the command came from: the client's X-Correlation-Id, or one the service made up. */
    public static final String CORRELATION_ID = "requestCorrelationId";
    /**
     * Where 0.1.0 put the request's id. Axon's own message-origin metadata uses the same key and overwrote it, so in
     * events of 0.1.0 it holds the id of the command message; read only where {@link #CORRELATION_ID} is missing.
     */
    public static final String LEGACY_CORRELATION_ID = "correlationId";
    /** When the request reached the service (ISO-8601). */
    public static final String REQUEST_TIME = "requestTime";
    /**
     * The request's idempotency key (a hash of user and {@code Idempotency-Key}, never the raw key): a retry after a
     * crash finds in the case's events whether its command was recorded.
     */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** The case version the client based the command on (checked, not stored as a fact). */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private MetadataKeys() {
    }
}
