package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** The court filed the enforcement case. */
public record EnforcementCaseFiled(
        CaseId caseId,
        String enforcementCaseNo,
        LocalDate occurredOn) implements WageCaseEvent {

    public EnforcementCaseFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(enforcementCaseNo, "enforcementCaseNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("EnforcementCaseFiled", text(enforcementCaseNo));
    }
}
