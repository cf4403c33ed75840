package org.caseledger.core.litigation;

import org.caseledger.core.kernel.RuleCode;
import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantAmount;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

import static org.caseledger.core.kernel.CaseRuleViolation.require;

/**
 * 先予执行: the commission (劳动争议调解仲裁法 art. 44: wage claims whose facts are clear, where waiting would seriously
 * harm the worker's living; the worker posts no security) or the court (民事诉讼法 arts. 109-110) ordered part of the
 * wages paid before the award or judgment, per claimant; the court executes it.
 */
public record RecordAdvanceExecution(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        List<ClaimantAmount> amounts,
        LocalDate occurredOn) implements DatedCommand {

    public RecordAdvanceExecution {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(documentNo, "documentNo");
        require(!amounts.isEmpty(), RuleCode.AMOUNT_NOT_POSITIVE, "amounts", "name at least one amount");
    }
}
