package org.caseledger.core.enforcement;

import org.caseledger.core.intake.ObligorId;
import org.caseledger.core.money.Money;
import org.caseledger.core.wagecase.CaseId;
import org.caseledger.core.wagecase.WageCaseEvent;

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
