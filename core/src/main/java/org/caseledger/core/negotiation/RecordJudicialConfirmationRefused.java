package org.caseledger.core.negotiation;

import org.caseledger.core.kernel.DatedCommand;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 裁定驳回申请: the court refused to confirm the mediation agreement; the parties may mediate again, arbitrate or sue
 * (民事诉讼法 art. 206). A confirmation is recorded with {@code RecordInstrumentEffective} (JUDICIAL_CONFIRMATION).
 */
public record RecordJudicialConfirmationRefused(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        LocalDate occurredOn) implements DatedCommand {

    public RecordJudicialConfirmationRefused {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(reason, "reason");
    }
}
