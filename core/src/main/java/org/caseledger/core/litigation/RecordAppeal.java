package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 上诉 against the first-instance judgment, by the workers' side or the employer's ({@code side}; null: not said). */
public record RecordAppeal(
        @TargetAggregateIdentifier CaseId caseId,
        String appellant,
        PartySide side,
        LocalDate occurredOn) implements DatedCommand {

    public RecordAppeal {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(appellant, "appellant");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(appellant, "appellant");
    }

    public RecordAppeal(CaseId caseId, String appellant, LocalDate occurredOn) {
        this(caseId, appellant, null, occurredOn);
    }
}
