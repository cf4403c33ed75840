package org.caseledger.core.enforcement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 执行和解: a settlement that suspends enforcement (执行和解规定 art. 2). */
public record RecordEnforcementSettlement(
        @TargetAggregateIdentifier CaseId caseId,
        String terms,
        LocalDate occurredOn) {

    public RecordEnforcementSettlement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
