package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseWarning;

import org.caseledger.core.kernel.Description;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.WageCaseEvent;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * The payment order was served; the debtor's 15 days to object run from this day (民事诉讼法 arts. 227, 85). Flagged when
 * served more than 30 days after it was issued ({@code issuedOn}): the order had lapsed (民事诉讼法解释 art. 430(2)).
 */
public record PaymentOrderIssued(
        CaseId caseId,
        String documentNo,
        LocalDate objectionDueOn,
        LocalDate occurredOn,
        LocalDate issuedOn,
        List<CaseWarning> warnings) implements WageCaseEvent {

    public PaymentOrderIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(objectionDueOn, "objectionDueOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public PaymentOrderIssued(CaseId caseId, String documentNo, LocalDate objectionDueOn, LocalDate occurredOn) {
        this(caseId, documentNo, objectionDueOn, occurredOn, null, null);
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
