package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** Enforcement stands suspended; for some causes the doubled late interest does not run meanwhile (法释〔2014〕8号 art. 3 ¶3). */
public record EnforcementSuspended(CaseId caseId, SuspensionCause cause, LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementSuspended {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("EnforcementSuspended", code(cause), flag(cause.pausesLateInterest()));
    }
}
