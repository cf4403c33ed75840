package org.caseledger.core.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.UnionBody;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 移送: refer the case or its leads to labour inspection, the procuratorate or another department. */
public record ReferCase(
        @TargetAggregateIdentifier CaseId caseId,
        ReferralTarget target,
        UnionBody referredBy,
        String reason,
        LocalDate occurredOn) {

    public ReferCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(referredBy, "referredBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
