package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * The debtor objected to the payment order; {@code orderLapsed} says whether the objection ended it. Stored before
 * 0.3 without ground or outcome: every objection then ended the order.
 */
public record PaymentOrderObjected(
        CaseId caseId,
        ObjectionGround ground,
        Boolean orderLapsed,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentOrderObjected {
        Objects.requireNonNull(caseId, "caseId");
        ground = ground == null ? ObjectionGround.DISPUTES_DEBT : ground;
        orderLapsed = orderLapsed == null ? Boolean.TRUE : orderLapsed;
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout. */
    public PaymentOrderObjected(CaseId caseId, LocalDate occurredOn) {
        this(caseId, null, null, null, null, occurredOn);
    }

    @Override
    public Description describe() {
        return Description.step("PaymentOrderObjected", code(ground), flag(orderLapsed));
    }
}
