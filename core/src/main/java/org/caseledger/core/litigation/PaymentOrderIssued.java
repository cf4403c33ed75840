package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.WageCaseEvent;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The payment order was served; the debtor's 15 days to object run from this day (民事诉讼法 arts. 227, 85). */
public record PaymentOrderIssued(
        CaseId caseId,
        String documentNo,
        LocalDate objectionDueOn,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentOrderIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(objectionDueOn, "objectionDueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.PAYMENT_ORDER_OBJECTION, documentNo, objectionDueOn));
    }

    @Override
    public Description describe() {
        return Description.step("PaymentOrderIssued", text(documentNo), day(objectionDueOn));
    }
}
