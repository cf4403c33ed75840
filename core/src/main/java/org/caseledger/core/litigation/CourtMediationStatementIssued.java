package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/** A court mediation statement was signed. */
public record CourtMediationStatementIssued(
        CaseId caseId,
        String documentNo,
        LocalDate occurredOn) implements WageCaseEvent {

    public CourtMediationStatementIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Description describe() {
        return Description.step("CourtMediationStatementIssued", text(documentNo));
    }
}
