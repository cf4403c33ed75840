package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import java.util.List;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** An asset search was completed. */
public record AssetSearchCompleted(
        CaseId caseId,
        ObligorId obligorId,
        SearchMethod method,
        Money balanceFound,
        boolean realEstateFound,
        boolean vehiclesFound,
        String findings,
        List<DeadlineClosure> deadlinesClosed,
        List<Deadline> deadlinesSet,
        LocalDate occurredOn) implements WageCaseEvent {

    public AssetSearchCompleted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(balanceFound, "balanceFound");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        deadlinesSet = deadlinesSet == null ? List.of() : List.copyOf(deadlinesSet);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public AssetSearchCompleted(CaseId caseId, ObligorId obligorId, SearchMethod method, Money balanceFound, boolean realEstateFound, boolean vehiclesFound, String findings, LocalDate occurredOn) {
        this(caseId, obligorId, method, balanceFound, realEstateFound, vehiclesFound, findings, List.of(), List.of(), occurredOn);
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return current == EnforcementState.FILED || current == EnforcementState.RESUMED ? EnforcementState.INVESTIGATING : current;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "AssetSearchCompleted", code(method), obligor(obligorId), money(balanceFound), flag(realEstateFound),
                flag(vehiclesFound));
    }
}
