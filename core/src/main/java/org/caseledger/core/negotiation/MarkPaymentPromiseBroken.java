package org.caseledger.core.negotiation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;

import java.util.Objects;

/** Sent by the deadline sweeper: accepted only once the promised date has passed unmet; repeating it changes nothing. */
public record MarkPaymentPromiseBroken(
        @TargetAggregateIdentifier CaseId caseId,
        PromiseId promiseId) {

    public MarkPaymentPromiseBroken {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(promiseId, "promiseId");
    }
}
