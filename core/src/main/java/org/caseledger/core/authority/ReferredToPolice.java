package org.caseledger.core.authority;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The suspected crime was referred to the police; flagged when no order to pay had gone unpaid first. */
public record ReferredToPolice(
        CaseId caseId,
        ObligorId obligorId,
        String referredBy,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public ReferredToPolice {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(referredBy, "referredBy");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("ReferredToPolice", obligor(obligorId), text(referredBy));
    }
}
