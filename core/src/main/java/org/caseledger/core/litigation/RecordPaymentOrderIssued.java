package org.caseledger.core.litigation;

import org.caseledger.core.kernel.RuleCode;
import static org.caseledger.core.kernel.CaseRuleViolation.require;

import org.caseledger.core.kernel.DatedCommand;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 支付令: the court issued the payment order and it was served on the debtor on occurredOn; the debtor pays or objects
 * within 15 days of service (民事诉讼法 art. 227). {@code issuedOn}: the day the court issued it, if before the service
 * (an order not served within 30 days of issue lapses, 民事诉讼法解释 art. 430(2)).
 */
public record RecordPaymentOrderIssued(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        LocalDate occurredOn,
        LocalDate issuedOn) implements DatedCommand {

    public RecordPaymentOrderIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
        require(issuedOn == null || !issuedOn.isAfter(occurredOn), RuleCode.DATE_IN_FUTURE, "issuedOn", "the order is served after it is issued");
    }

    public RecordPaymentOrderIssued(CaseId caseId, String documentNo, LocalDate occurredOn) {
        this(caseId, documentNo, occurredOn, null);
    }
}
