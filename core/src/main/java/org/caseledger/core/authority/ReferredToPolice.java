package org.caseledger.core.authority;

import org.caseledger.core.kernel.Money;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * The suspected crime was referred to the police, with the figures of 拒不支付劳动报酬解释 (法释〔2013〕3号) art. 3 as they
 * stood: the 劳动报酬 still unpaid in all ({@code unpaidRemuneration}), by how many workers ({@code workersUnpaid}), the
 * largest of one worker, and the thresholds of "数额较大" that apply ({@code thresholdRegion} null: the province's figure is
 * not known, the national range's lower ends are shown). Flagged when no order to pay had gone unpaid first, when the
 * amounts fall below the thresholds, and when nothing was unpaid any more (art. 6). Stored before 0.4 without the figures.
 */
public record ReferredToPolice(
        CaseId caseId,
        ObligorId obligorId,
        String referredBy,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn,
        Money unpaidRemuneration,
        Integer workersUnpaid,
        Money largestUnpaidOfOneWorker,
        Money thresholdOneWorker,
        Money thresholdTenWorkers,
        String thresholdRegion,
        String thresholdSource) implements WageCaseEvent {

    public ReferredToPolice {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligorId, "obligorId");
        Objects.requireNonNull(referredBy, "referredBy");
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** As stored before 0.4. */
    public ReferredToPolice(CaseId caseId, ObligorId obligorId, String referredBy, List<DeadlineClosure> deadlinesClosed,
                            List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, obligorId, referredBy, deadlinesClosed, warnings, occurredOn, null, null, null, null, null, null, null);
    }

    @Override
    public Description describe() {
        return Description.step("ReferredToPolice", obligor(obligorId), text(referredBy), flag(unpaidRemuneration != null),
                money(unpaidRemuneration), count(workersUnpaid == null ? 0 : workersUnpaid), money(largestUnpaidOfOneWorker),
                money(thresholdOneWorker), money(thresholdTenWorkers), flag(thresholdRegion != null), text(thresholdSource));
    }
}
