package org.caseledger.core.intake;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.RuleCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 批量追加: add the claimants of a worker list (花名册) to an open case at once — every one checked before any is
 * added, then one {@link ClaimantAdded} each, all appended together or none.
 */
public record AddClaimants(
        @TargetAggregateIdentifier CaseId caseId,
        List<NewClaimant> claimants,
        LocalDate occurredOn) implements DatedCommand {

    public AddClaimants {
        Objects.requireNonNull(caseId, "caseId");
        claimants = List.copyOf(Objects.requireNonNull(claimants, "claimants"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(!claimants.isEmpty(), RuleCode.NO_CLAIMANTS, "claimants", null);
    }
}
