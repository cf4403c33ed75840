package org.caseledger.core.authority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

/** The inspectorate applied to the court to enforce its decision, the employer neither seeking review nor suing nor complying (行政强制法 arts. 53-54). */
public record RecordInspectionEnforcementApplication(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        String documentNo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordInspectionEnforcementApplication {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(court, "court");
        Objects.requireNonNull(documentNo, "documentNo");
        org.caseledger.core.kernel.CaseRuleViolation.requireText(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
