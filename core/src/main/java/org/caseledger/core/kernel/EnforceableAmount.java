package org.caseledger.core.kernel;

import org.caseledger.core.kernel.ClaimantId;

import java.util.Objects;

/** One enforceable item of an effective instrument: whose, which component, how much. */
public record EnforceableAmount(ClaimantId claimantId, AmountComponent component, Money amount) {

    public EnforceableAmount {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(amount, "amount");
    }
}
