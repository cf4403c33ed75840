package org.caseledger.core.enforcement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 续行冻结: the court renewed a freeze until a new day (民事诉讼法解释 art. 485: renewed before it expires). */
public record RenewFreeze(
        @TargetAggregateIdentifier CaseId caseId,
        FreezeId freezeId,
        LocalDate expiresOn,
        LocalDate occurredOn) {

    public RenewFreeze {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(freezeId, "freezeId");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
