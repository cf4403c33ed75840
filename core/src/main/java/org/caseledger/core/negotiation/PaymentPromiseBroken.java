package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A promise was not kept; occurredOn is the first day it stood broken (the day after the promised date). */
public record PaymentPromiseBroken(
        CaseId caseId,
        PromiseId promiseId,
        ObligorId obligorId,
        LocalDate promisedPayDate,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentPromiseBroken {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(promisedPayDate, "promisedPayDate");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.PROMISE, "PaymentPromiseBroken", text(promiseId.value()), day(promisedPayDate), obligor(obligorId))
                .alerting();
    }
}
