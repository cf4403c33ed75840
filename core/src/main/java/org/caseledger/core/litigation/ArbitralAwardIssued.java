package org.caseledger.core.litigation;

import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.Money;
import org.axonframework.serialization.Revision;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * An award was received; a suit against it is due within 15 days (arts. 48, 50). Each item carries the type the award
 * states for it; {@code finalAward} is the award's type: as stated (劳动争议解释(一) art. 18), an item stating none
 * decided by art. 47 against {@code finalLimit} (12 × the monthly minimum wage of {@code minimumWageRegion} in force on
 * {@code madeOn}; art. 19), and non-final when mixed (art. 20). Stored before 0.3 without them: final when every item
 * was stated final; 0.3 stored the type art. 47 gave. A {@code partial} award (先行裁决, art. 43 ¶2) leaves the rest of
 * the claims, and the award period, open.
 */
@Revision("2")
public record ArbitralAwardIssued(
        CaseId caseId,
        String awardNo,
        List<AwardItem> items,
        List<DeadlineClosure> deadlinesClosed,
        LocalDate suitDueOn,
        Boolean finalAward,
        Money finalLimit,
        List<CaseWarning> warnings,
        Boolean partial,
        LocalDate occurredOn,
        LocalDate madeOn,
        String minimumWageRegion) implements WageCaseEvent {

    public ArbitralAwardIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(awardNo, "awardNo");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        deadlinesClosed = List.copyOf(Objects.requireNonNull(deadlinesClosed, "deadlinesClosed"));
        Objects.requireNonNull(suitDueOn, "suitDueOn");
        finalAward = finalAward != null ? finalAward : !items.isEmpty() && items.stream().allMatch(AwardItem::finalItem);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        partial = partial != null && partial;
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** As stored in 0.3. */
    public ArbitralAwardIssued(CaseId caseId, String awardNo, List<AwardItem> items, List<DeadlineClosure> deadlinesClosed,
                               LocalDate suitDueOn, Boolean finalAward, Money finalLimit, List<CaseWarning> warnings, Boolean partial,
                               LocalDate occurredOn) {
        this(caseId, awardNo, items, deadlinesClosed, suitDueOn, finalAward, finalLimit, warnings, partial, occurredOn, null, null);
    }

    /** The fields of the earlier layout. */
    public ArbitralAwardIssued(CaseId caseId, String awardNo, List<AwardItem> items, List<DeadlineClosure> deadlinesClosed,
                               LocalDate suitDueOn, LocalDate occurredOn) {
        this(caseId, awardNo, items, deadlinesClosed, suitDueOn, null, null, null, null, occurredOn);
    }

    /** An award on all the claims. */
    public ArbitralAwardIssued(CaseId caseId, String awardNo, List<AwardItem> items, List<DeadlineClosure> deadlinesClosed,
                               LocalDate suitDueOn, Boolean finalAward, Money finalLimit,
                               List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, awardNo, items, deadlinesClosed, suitDueOn, finalAward, finalLimit, warnings, null, occurredOn);
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return List.of(Deadline.of(DeadlineKind.SUIT_AFTER_AWARD, awardNo, suitDueOn));
    }

    @Override
    public Description describe() {
        // an award stored before 0.3 has no type the engine knew (0); since, final (1) or non-final (2)
        boolean typeKnown = finalLimit != null || !warnings.isEmpty() || madeOn != null;
        return Description.step("ArbitralAwardIssued", text(awardNo), count(items.size()), count(!typeKnown ? 0 : finalAward ? 1 : 2),
                flag(partial), money(finalLimit), text(minimumWageRegion), flag(finalLimit != null));
    }
}
