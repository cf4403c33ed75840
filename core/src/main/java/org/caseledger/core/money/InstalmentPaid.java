package org.caseledger.core.money;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * 按期履行: all an instrument made due by {@code dueOn} (its performance day, or an instalment's day) has been received
 * for every claimant it names; the day's deadline is met, or closed as missed when the money came later.
 */
public record InstalmentPaid(
        CaseId caseId,
        String documentNo,
        LocalDate dueOn,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public InstalmentPaid {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(dueOn, "dueOn");
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("InstalmentPaid", text(documentNo), day(dueOn), flag(!occurredOn.isAfter(dueOn)));
    }
}
