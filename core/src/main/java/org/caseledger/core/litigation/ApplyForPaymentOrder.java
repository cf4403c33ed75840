package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 申请支付令 on a broken wage mediation agreement (劳动争议调解仲裁法 art. 16). */
public record ApplyForPaymentOrder(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        LocalDate occurredOn) {

    public ApplyForPaymentOrder {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
