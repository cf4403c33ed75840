package org.caseledger.core.intake;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.UnionBody;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/** 登记受理: file a wage claim with the union body that will handle it. */
public record FileWageClaim(
        @TargetAggregateIdentifier CaseId caseId,
        UnionBody unionBody,
        String industry,
        Channel channel,
        String workOrderNo,
        List<NewClaimant> claimants,
        List<Obligor> obligors,
        boolean employmentEnded,
        LocalDate employmentEndedOn,
        LocalDate occurredOn) implements DatedCommand {

    public FileWageClaim {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unionBody, "unionBody");
        Objects.requireNonNull(channel, "channel");
        claimants = List.copyOf(Objects.requireNonNull(claimants, "claimants"));
        obligors = List.copyOf(Objects.requireNonNull(obligors, "obligors"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        require(!claimants.isEmpty(), RuleCode.NO_CLAIMANTS, "claimants", null);
        Parties.checkNamedInClaim(obligors);
        boolean consistent = employmentEnded
                ? employmentEndedOn != null && !employmentEndedOn.isAfter(occurredOn)
                : employmentEndedOn == null;
        require(consistent, RuleCode.EMPLOYMENT_END_INCONSISTENT, "employmentEndedOn", null);
    }
}
