package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

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
}
