package org.caseledger.core.intake;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseStage;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A legal-aid officer was assigned. */
public record LegalOfficerAssigned(
        CaseId caseId,
        String officerId,
        String officerName,
        List<CaseWarning> warnings,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate occurredOn) implements WageCaseEvent {

    public LegalOfficerAssigned {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(officerName, "officerName");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public CaseStage stageAfter(CaseStage current) {
        return current == CaseStage.INTAKE ? CaseStage.ASSIGNED : current;
    }

    @Override
    public Description describe() {
        return Description.step("LegalOfficerAssigned", text(officerName));
    }
}
