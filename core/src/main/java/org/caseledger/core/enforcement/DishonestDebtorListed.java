package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An obligor was put on the dishonest-debtor list until listedUntil. */
public record DishonestDebtorListed(
        CaseId caseId,
        ObligorId obligorId,
        DishonestGround ground,
        LocalDate listedUntil,
        LocalDate occurredOn) implements WageCaseEvent {

    public DishonestDebtorListed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(listedUntil, "listedUntil");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.DISHONEST_LISTING_EXPIRY, obligorId, listedUntil));
    }
}
