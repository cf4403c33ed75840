package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

import static org.caseledger.core.kernel.CaseRuleViolation.requireText;

/** 执行立案: the court filed the enforcement case. */
public record RecordEnforcementFiled(
        @TargetAggregateIdentifier CaseId caseId,
        String enforcementCaseNo,
        LocalDate occurredOn) implements DatedCommand {

    public RecordEnforcementFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(enforcementCaseNo, "enforcementCaseNo");
        Objects.requireNonNull(occurredOn, "occurredOn");
        requireText(enforcementCaseNo, "enforcementCaseNo");
    }
}
