package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** An enforcement settlement was reached. */
public record EnforcementSettlementReached(
        CaseId caseId,
        String terms,
        LocalDate lastPerformanceDay,
        LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementSettlementReached {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public EnforcementSettlementReached(CaseId caseId, String terms, LocalDate occurredOn) {
        this(caseId, terms, null, occurredOn);
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.SETTLED;
    }

    @Override
    public Description describe() {
        return Description.step("EnforcementSettlementReached", flag(lastPerformanceDay != null), day(lastPerformanceDay));
    }
}
