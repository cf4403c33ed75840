package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 申请支付令: the worker asks the basic court to order the employer to pay the wages it owes, on any wage arrears
 * (劳动合同法 art. 30 ¶2), a broken wage mediation agreement among them (劳动争议调解仲裁法 art. 16). {@code obligorIds}:
 * the debtors the order is asked against, when there are several (empty: the case's obligors as one).
 */
public record ApplyForPaymentOrder(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        LocalDate occurredOn,
        List<ObligorId> obligorIds) implements DatedCommand {

    public ApplyForPaymentOrder {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(court, "court");
        obligorIds = obligorIds == null ? List.of() : List.copyOf(obligorIds);
    }

    public ApplyForPaymentOrder(CaseId caseId, String court, LocalDate occurredOn) {
        this(caseId, court, occurredOn, null);
    }
}
