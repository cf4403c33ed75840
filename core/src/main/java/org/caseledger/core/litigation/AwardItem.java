package org.caseledger.core.litigation;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.Money;

import java.util.Objects;

/**
 * One item of an arbitral award. Whether an award is final (终局裁决) is decided item by item
 * (劳动争议调解仲裁法 art. 47; 劳动争议解释(一) art. 19).
 */
public record AwardItem(ClaimantId claimantId, AmountComponent component, Money amount, boolean finalItem) {

    public AwardItem {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(amount, "amount");
    }
}
