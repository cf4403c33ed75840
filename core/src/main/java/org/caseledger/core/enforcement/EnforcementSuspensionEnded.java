package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/** Enforcement goes on again after a suspension. */
public record EnforcementSuspensionEnded(CaseId caseId, LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementSuspensionEnded {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("EnforcementSuspensionEnded");
    }
}
