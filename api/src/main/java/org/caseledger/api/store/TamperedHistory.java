package org.caseledger.api.store;

import org.caseledger.eventstore.ChainTampered;

import java.util.Optional;

/** An append the store refused because the case's stored history was tampered with: which case, which event, why. */
public record TamperedHistory(String caseId, long seq, String message) {

    /** The refusal somewhere in a failure's causes, if it is one. */
    public static Optional<TamperedHistory> in(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ChainTampered t) {
                return Optional.of(new TamperedHistory(t.aggregateId(), t.seq(), t.getMessage()));
            }
        }
        return Optional.empty();
    }
}
