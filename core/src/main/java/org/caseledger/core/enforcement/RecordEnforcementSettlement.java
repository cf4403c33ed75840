package org.caseledger.core.enforcement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 执行和解: a settlement that suspends enforcement (执行和解规定 art. 2); its agreed last day of performance restarts
 * the two years for resuming the original instrument if it is broken (民事诉讼法解释 art. 466; 执行和解规定 art. 10).
 */
public record RecordEnforcementSettlement(
        @TargetAggregateIdentifier CaseId caseId,
        String terms,
        LocalDate lastPerformanceDay,
        LocalDate occurredOn) {

    public RecordEnforcementSettlement {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public RecordEnforcementSettlement(CaseId caseId, String terms, LocalDate occurredOn) {
        this(caseId, terms, null, occurredOn);
    }

}
