package org.caseledger.eventstore;

/**
 * An append refused because the stored event it would link to is not what this service stored: it has no hash in a
 * chained store, or its hash is not the one this service wrote (the history was rewritten under it). Appending would
 * fork the chain and put the break on the new event; instead the commit fails and the case is reported.
 */
public class ChainTampered extends IllegalStateException {

    private final String aggregateId;
    private final long seq;

    public ChainTampered(String aggregateId, long seq, String reason) {
        super("event " + seq + " of case " + aggregateId + " " + reason);
        this.aggregateId = aggregateId;
        this.seq = seq;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long seq() {
        return seq;
    }
}
