package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 支付令异议: the debtor objected, so the order lapses and the claim goes to suit (民事诉讼法 art. 228). */
public record RecordPaymentOrderObjection(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate occurredOn) {

    public RecordPaymentOrderObjection {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
