package org.caseledger.core.authority;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.text;

/** The inspectorate applied to {@code court} to enforce its decision (行政强制法 arts. 53-54). */
public record InspectionEnforcementApplied(
        CaseId caseId,
        String court,
        String documentNo,
        LocalDate occurredOn) implements WageCaseEvent {

    public InspectionEnforcementApplied {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("InspectionEnforcementApplied", text(court), text(documentNo));
    }
}
