package org.caseledger.core.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 更正: a claimant's name, ID-card number or phone as filed was wrong (a mistyped digit): the correct data, with the
 * reason. Recorded as an event beside the filing — never an edit in place: the history shows both, who corrected and why.
 * A correction of the amount is a revision of the claim ({@code ReviseClaimAmount}).
 */
public record CorrectClaimantPersonalData(
        @TargetAggregateIdentifier CaseId caseId,
        ClaimantId claimantId,
        PersonalData personalData,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public CorrectClaimantPersonalData {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(reason, "reason");
        requireText(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
