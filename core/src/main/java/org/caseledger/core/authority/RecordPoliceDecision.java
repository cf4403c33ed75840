package org.caseledger.core.authority;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 立案 or 不予立案: the police decided on the referral ({@code caseFiled}). Paying the wages before prosecution may
 * reduce or remove the punishment (刑法 art. 276-1 ¶3).
 */
public record RecordPoliceDecision(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        boolean caseFiled,
        String documentNo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordPoliceDecision {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
    }
}
