package org.caseledger.core.litigation;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.RegionCode;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 申请仲裁 (劳动争议调解仲裁法 art. 27: within a year of the end of employment). {@code commissionRegion}: where the
 * commission sits (its locality's minimum wage decides a final award, art. 47); by default the union body's region. {@code aidFirstReason}: before the legal-aid decision, why aid is
 * given first (法律援助法 art. 44: fewer than 7 days remain of the limitation, or preservation is urgent).
 */
public record ApplyForArbitration(
        @TargetAggregateIdentifier CaseId caseId,
        String commission,
        LocalDate occurredOn,
        RegionCode commissionRegion,
        String aidFirstReason) implements DatedCommand {

    public ApplyForArbitration {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(commission, "commission");
    }

    public ApplyForArbitration(CaseId caseId, String commission, LocalDate occurredOn) {
        this(caseId, commission, occurredOn, null, null);
    }
}
