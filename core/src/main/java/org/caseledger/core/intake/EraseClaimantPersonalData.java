package org.caseledger.core.intake;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 删除个人信息 (个人信息保护法 art. 47): a claimant's personal data is to be erased. The service destroys the key it was
 * sealed under once this is recorded; the case keeps the person's id and amounts.
 */
public record EraseClaimantPersonalData(
        @TargetAggregateIdentifier CaseId caseId,
        ClaimantId claimantId,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public EraseClaimantPersonalData {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
