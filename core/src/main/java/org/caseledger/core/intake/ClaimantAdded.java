package org.caseledger.core.intake;

import org.caseledger.core.kernel.Description;
import java.util.List;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A claimant joined the case. */
public record ClaimantAdded(
        CaseId caseId,
        NewClaimant claimant,
        List<DeadlineClosure> deadlinesClosed,
        List<Deadline> deadlinesSet,
        LocalDate occurredOn) implements WageCaseEvent {

    public ClaimantAdded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(claimant, "claimant");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        deadlinesSet = deadlinesSet == null ? List.of() : List.copyOf(deadlinesSet);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public ClaimantAdded(CaseId caseId, NewClaimant claimant, LocalDate occurredOn) {
        this(caseId, claimant, List.of(), List.of(), occurredOn);
    }

    @Override
    public Description describe() {
        return Description.step("ClaimantAdded", org.caseledger.core.kernel.SummaryArg.claimant(claimant.claimantId()));
    }
}
