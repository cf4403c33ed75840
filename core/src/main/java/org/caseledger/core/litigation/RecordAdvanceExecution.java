package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantAmount;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 先予执行: the commission (劳动争议调解仲裁法 art. 44: wage claims whose facts are clear, where waiting would seriously
 * harm the worker's living; the worker posts no security) or the court (民事诉讼法 arts. 109-110) ordered part of the
 * wages paid before the award or judgment, per claimant; the court executes it.
 */
public record RecordAdvanceExecution(
        @TargetAggregateIdentifier CaseId caseId,
        String documentNo,
        List<ClaimantAmount> amounts,
        LocalDate occurredOn) {

    public RecordAdvanceExecution {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(documentNo, "documentNo");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
