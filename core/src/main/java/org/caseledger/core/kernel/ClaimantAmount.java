package org.caseledger.core.kernel;

import org.caseledger.core.kernel.ClaimantId;

import java.util.Objects;

/** An amount for one claimant: an agreed amount, an allocation of a payment. */
public record ClaimantAmount(ClaimantId claimantId, Money amount) {

    public ClaimantAmount {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(amount, "amount");
    }
}
