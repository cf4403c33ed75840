package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 支付令异议: the debtor objected to the payment order on occurredOn. An objection to the debt within 15 days of service
 * ends the order and the worker goes to arbitration, or sues on a mediation agreement the order rested on (民事诉讼法
 * arts. 227-228; 劳动争议解释(一) art. 13); one that only pleads inability to pay, or comes too late, leaves it standing
 * (民事诉讼法解释 art. 436). {@code ground} defaults to DISPUTES_DEBT.
 */
public record RecordPaymentOrderObjection(
        @TargetAggregateIdentifier CaseId caseId,
        ObjectionGround ground,
        LocalDate occurredOn) implements DatedCommand {

    public RecordPaymentOrderObjection {
        Objects.requireNonNull(caseId, "caseId");
        ground = ground == null ? ObjectionGround.DISPUTES_DEBT : ground;
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public RecordPaymentOrderObjection(CaseId caseId, LocalDate occurredOn) {
        this(caseId, null, occurredOn);
    }
}
