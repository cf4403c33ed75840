package org.caseledger.core.money;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 计算迟延履行利息: the engine works out each claimant's late interest as of {@code asOf} (民事诉讼法 art. 264: 1.75‱ a
 * day on the unpaid debt from the day after the performance period) and makes it enforceable after the debt.
 */
public record AssessLateInterest(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate asOf,
        LocalDate occurredOn) implements DatedCommand {

    public AssessLateInterest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
