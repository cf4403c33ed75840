package org.caseledger.core.litigation;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.Money;

import java.util.Objects;

/**
 * One item of an arbitral award, with whether the award states it final (终局). Whether it is final in law is decided
 * item by item against 12 × the local monthly minimum wage (劳动争议调解仲裁法 art. 47; 劳动争议解释(一) art. 19): the
 * case records what the award says and flags where the two differ.
 */
public record AwardItem(ClaimantId claimantId, AmountComponent component, Money amount, boolean finalItem) {

    public AwardItem {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(amount, "amount");
    }
}
