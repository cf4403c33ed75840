package org.caseledger.core.money;

import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 执行款发放: pay money received for a claimant out to them. */
public record DisburseToClaimant(
        @TargetAggregateIdentifier CaseId caseId,
        ClaimantId claimantId,
        Money amount,
        LocalDate occurredOn) implements DatedCommand {

    public DisburseToClaimant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
