package org.caseledger.core.money;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 核定金额: re-verify one claimant's claim (e.g. after re-measuring work quantities). */
public record ReviseClaimAmount(
        @TargetAggregateIdentifier CaseId caseId,
        ClaimantId claimantId,
        Money revised,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public ReviseClaimAmount {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
