package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.DatedCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** 财产查控: an online (网络查控) or on-site search of an obligor's assets. */
public record RecordAssetSearch(
        @TargetAggregateIdentifier CaseId caseId,
        ObligorId obligorId,
        SearchMethod method,
        Money balanceFound,
        boolean realEstateFound,
        boolean vehiclesFound,
        String findings,
        LocalDate occurredOn) implements DatedCommand {

    public RecordAssetSearch {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(balanceFound, "balanceFound");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
