package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 申请撤销仲裁裁决: the employer applied to the intermediate court to set the final award aside (劳动争议调解仲裁法
 * art. 49), within 30 days of its own receipt of the award ({@code employerReceivedOn}; the worker's day if not
 * known). The employer's act: recorded, and flagged when late or against an award that is not final. {@code awardNo}:
 * which award, when the case has one per group of workers (default: the latest).
 */
public record RecordSetAsideApplication(
        @TargetAggregateIdentifier CaseId caseId,
        String court,
        String awardNo,
        LocalDate employerReceivedOn,
        LocalDate occurredOn) implements DatedCommand {

    public RecordSetAsideApplication {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(court, "court");
    }

    /** Against the latest award. */
    public RecordSetAsideApplication(CaseId caseId, String court, LocalDate employerReceivedOn, LocalDate occurredOn) {
        this(caseId, court, null, employerReceivedOn, occurredOn);
    }
}
