package org.caseledger.core.money;

import org.caseledger.core.intake.ClaimantId;

import java.util.Objects;

/** An amount for one claimant: an agreed amount, an allocation of a payment. */
public record ClaimantAmount(ClaimantId claimantId, Money amount) {

    public ClaimantAmount {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(amount, "amount");
    }
}
