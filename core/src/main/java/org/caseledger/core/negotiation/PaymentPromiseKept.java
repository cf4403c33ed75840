package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A promise was kept: payments received since it was made reached the promised amount. */
public record PaymentPromiseKept(
        CaseId caseId,
        PromiseId promiseId,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public PaymentPromiseKept {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.PROMISE, "PaymentPromiseKept", text(promiseId.value()));
    }
}
