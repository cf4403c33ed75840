package org.caseledger.core.kernel;

import java.util.Objects;

/** One item of a worker's claim: its kind and amount (e.g. 加班费 ¥2,000). */
public record ClaimItem(AmountComponent component, Money amount) {

    public ClaimItem {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(amount, "amount");
    }
}
