package org.caseledger.core.kernel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One instalment an instrument sets (分期履行): this much, for this claimant, due on this day. The doubled late interest on
 * it runs from its own due day (迟延履行利息解释, 法释〔2014〕8号, art. 2). {@code claimantId} may be left out when the
 * instrument is for one claimant.
 */
public record Instalment(LocalDate dueOn, Money amount, ClaimantId claimantId) {

    public Instalment {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(amount, "amount");
    }

    public Instalment forClaimant(ClaimantId id) {
        return new Instalment(dueOn, amount, id);
    }
}
