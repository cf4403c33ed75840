package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Objects;

/** An asset search was completed. */
public record AssetSearchCompleted(
        CaseId caseId,
        ObligorId obligorId,
        SearchMethod method,
        Money balanceFound,
        boolean realEstateFound,
        boolean vehiclesFound,
        String findings,
        LocalDate occurredOn) implements WageCaseEvent {

    public AssetSearchCompleted {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(balanceFound, "balanceFound");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }
}
