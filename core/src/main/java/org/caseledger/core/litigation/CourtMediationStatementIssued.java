package org.caseledger.core.litigation;

import org.caseledger.core.wagecase.CaseId;
import org.caseledger.core.wagecase.WageCaseEvent;

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
