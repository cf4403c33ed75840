package org.caseledger.core.limitation;

import org.caseledger.core.kernel.InterruptionCause;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * Records an interruption that happened outside the case's own steps: the worker's own written demand, a complaint to
 * the labour inspectorate, the employer's signed acknowledgment of the debt. {@code claimantIds} names the claimants it
 * concerns; empty means all of them. The case's own steps (letters, referrals, promises, agreements, payments, a
 * payment-order application) interrupt by themselves.
 */
public record RecordLimitationInterruption(
        @TargetAggregateIdentifier CaseId caseId,
        LimitationKind limitation,
        InterruptionCause cause,
        List<ClaimantId> claimantIds,
        String note,
        LocalDate occurredOn) implements DatedCommand {

    public RecordLimitationInterruption {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(limitation, "limitation");
        Objects.requireNonNull(cause, "cause");
        claimantIds = claimantIds == null ? List.of() : List.copyOf(claimantIds);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(note, "note");
    }
}
