package org.caseledger.core.authority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/** The inspectorate's decision (劳动保障监察条例 art. 18): 责令改正, 行政处理决定, 行政处罚 or 撤销立案, its number, whom it binds and the sum it names if any; one after the investigation's day is flagged. */
public record RecordInspectionDecision(
        @TargetAggregateIdentifier CaseId caseId,
        InspectionOutcome outcome,
        String documentNo,
        org.caseledger.core.kernel.ObligorId obligorId,
        org.caseledger.core.kernel.Money amount,
        LocalDate occurredOn) implements DatedCommand {

    public RecordInspectionDecision {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(documentNo, "documentNo");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(documentNo, "documentNo");
        org.caseledger.core.kernel.CaseRuleViolation.require(amount == null || amount.isPositive(),
                org.caseledger.core.kernel.RuleCode.AMOUNT_NOT_POSITIVE, "amount", null);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
