package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** An obligor promised to pay; the promised date is a deadline. */
public record PaymentPromiseMade(
        CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        Money amount,
        LocalDate promisedPayDate,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentPromiseMade {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(promisedPayDate, "promisedPayDate");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.PROMISED_PAYMENT, promiseId, promisedPayDate));
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.PROMISE, "PaymentPromiseMade", obligor(obligorId), money(amount), day(promisedPayDate));
    }
}
