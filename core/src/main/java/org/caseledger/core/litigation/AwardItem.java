package org.caseledger.core.litigation;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.Money;

import java.util.Objects;

/**
 * One item of an arbitral award: whose, of which kind, how much, and the type the award states for it
 * ({@code statedType}: final, non-final, or not stated). The stated type governs (劳动争议解释(一) art. 18); the engine
 * decides an item's type by 劳动争议调解仲裁法 art. 47 only where the award states none, and flags a stated type the law
 * would not give. {@code finalItem} is the form 0.3 took (true: stated final; false or left out: read as not stated).
 */
public record AwardItem(ClaimantId claimantId, AmountComponent component, Money amount, Boolean finalItem, AwardType statedType) {

    public AwardItem {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(amount, "amount");
        // a client that states the type need not send the 0.3 flag
        statedType = statedType != null ? statedType : Boolean.TRUE.equals(finalItem) ? AwardType.FINAL : AwardType.NOT_STATED;
        finalItem = statedType == AwardType.FINAL;
    }

    /** As 0.3 took it: true, stated final; false, not stated. */
    public AwardItem(ClaimantId claimantId, AmountComponent component, Money amount, boolean finalItem) {
        this(claimantId, component, amount, finalItem, null);
    }

    /** An item with the type the award states for it. */
    public AwardItem(ClaimantId claimantId, AmountComponent component, Money amount, AwardType statedType) {
        this(claimantId, component, amount, false, statedType);
    }

    /** This item with the award's own statement where it has none of its own. */
    AwardItem stating(AwardType awardWide) {
        return statedType == AwardType.NOT_STATED && awardWide != null ? new AwardItem(claimantId, component, amount, false, awardWide) : this;
    }
}
