package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A freeze was renewed until expiresOn. */
public record FreezeRenewed(
        CaseId caseId,
        FreezeId freezeId,
        LocalDate expiresOn,
        List<CaseWarning> warnings,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public FreezeRenewed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(expiresOn, "expiresOn");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.FREEZE_EXPIRY, freezeId, expiresOn));
    }

    @Override
    public Description describe() {
        return Description.step("FreezeRenewed", text(freezeId.value()), day(expiresOn));
    }
}
