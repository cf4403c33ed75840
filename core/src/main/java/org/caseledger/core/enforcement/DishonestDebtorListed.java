package org.caseledger.core.enforcement;

import org.caseledger.core.kernel.MarkKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.EnforcementState;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * An obligor was put on the dishonest-debtor list, until listedUntil; ground 1 (able but refuses) has no fixed term and
 * lasts until the debt is performed (失信被执行人名单规定 art. 2), so listedUntil is then null.
 */
public record DishonestDebtorListed(
        CaseId caseId,
        ObligorId obligorId,
        DishonestGround ground,
        LocalDate listedUntil,
        boolean serious,
        List<CaseWarning> warnings,
        LocalDate occurredOn) implements WageCaseEvent {

    public DishonestDebtorListed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(ground, "ground");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The fields of the earlier layout; the new ones take their defaults. */
    public DishonestDebtorListed(CaseId caseId, ObligorId obligorId, DishonestGround ground, LocalDate listedUntil, LocalDate occurredOn) {
        this(caseId, obligorId, ground, listedUntil, false, List.of(), occurredOn);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return listedUntil == null ? List.of() : List.of(Deadline.of(DeadlineKind.DISHONEST_LISTING_EXPIRY, obligorId, listedUntil));
    }

    @Override
    public EnforcementState enforcementStateAfter(EnforcementState current) {
        return EnforcementState.MEASURES;
    }

    @Override
    public Description describe() {
        return Description.mark(MarkKind.MEASURE, "DishonestDebtorListed", obligor(obligorId), code(ground), flag(listedUntil != null),
                day(listedUntil));
    }
}
