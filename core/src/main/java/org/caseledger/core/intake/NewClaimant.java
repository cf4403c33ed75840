package org.caseledger.core.intake;

import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;

import java.util.Objects;

/** A claimant (劳动者) as named in a claim: who they are (personal data, kept apart) and what they claim. */
public record NewClaimant(ClaimantId claimantId, PersonalData personalData, Money claimed) {

    public NewClaimant {
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(claimed, "claimed");
    }
}
