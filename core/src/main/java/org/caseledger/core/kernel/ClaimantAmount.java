package org.caseledger.core.kernel;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * An amount for one claimant: an agreed amount, an allocation of a payment, assessed interest. {@code component}, when
 * given, is the kind it is of (an agreement on the overtime pay, a payment of the 经济补偿); absent, the amount is of the
 * claim as a whole and a payment discharges the kinds in {@link AmountComponent}'s order. Absent in every amount stored
 * before the kinds were known, and left out of the stored form when absent.
 */
public record ClaimantAmount(ClaimantId claimantId, Money amount, @JsonInclude(JsonInclude.Include.NON_NULL) AmountComponent component) {

    public ClaimantAmount {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(amount, "amount");
    }

    /** An amount of the claim as a whole. */
    public ClaimantAmount(ClaimantId claimantId, Money amount) {
        this(claimantId, amount, null);
    }
}
