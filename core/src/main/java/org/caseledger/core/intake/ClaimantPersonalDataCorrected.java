package org.caseledger.core.intake;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.claimant;
import static org.caseledger.core.kernel.SummaryArg.text;

/** A claimant's personal data was corrected: from now on it reads as {@code personalData} (sealed and erasable like the filing's). */
public record ClaimantPersonalDataCorrected(
        CaseId caseId,
        ClaimantId claimantId,
        PersonalData personalData,
        String reason,
        LocalDate occurredOn) implements WageCaseEvent {

    public ClaimantPersonalDataCorrected {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("ClaimantPersonalDataCorrected", claimant(claimantId), text(reason));
    }
}
