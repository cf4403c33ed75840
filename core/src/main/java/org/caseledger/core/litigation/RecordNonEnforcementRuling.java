package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.DatedCommand;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/**
 * 不予执行裁定: the court ruled not to enforce the commission's award or mediation statement {@code instrumentNo} (劳动争议
 * 解释(一) art. 24), received on occurredOn. The worker may sue on the dispute within 30 days from the day after.
 */
public record RecordNonEnforcementRuling(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        String instrumentNo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordNonEnforcementRuling {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(instrumentNo, "instrumentNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
        requireText(instrumentNo, "instrumentNo");
    }
}
