package org.caseledger.core.litigation;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseWarning;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.DeadlineClosure;
import org.caseledger.core.kernel.DeadlineKind;
import org.caseledger.core.kernel.Description;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.caseledger.core.kernel.SummaryArg.*;

/**
 * The debtor objected to the payment order; {@code orderLapsed} says whether the objection ended it, for the workers
 * {@code claimantIds} and the debtor {@code obligorId} it concerned (none named: the whole order). {@code deemedSuitDueOn}:
 * the last day to decline the proceedings going on as a suit (民事诉讼法解释 arts. 438-439). Stored before 0.3 without
 * ground or outcome: every objection then ended the order; before 0.4 without the parts: it ended the whole order.
 */
public record PaymentOrderObjected(
        CaseId caseId,
        ObjectionGround ground,
        Boolean orderLapsed,
        List<DeadlineClosure> deadlinesClosed,
        List<CaseWarning> warnings,
        LocalDate occurredOn,
        ObjectionForm form,
        List<ClaimantId> claimantIds,
        ObligorId obligorId,
        LocalDate deemedSuitDueOn) implements WageCaseEvent {

    public PaymentOrderObjected {
        Objects.requireNonNull(caseId, "caseId");
        ground = ground == null ? ObjectionGround.DISPUTES_DEBT : ground;
        orderLapsed = orderLapsed == null ? Boolean.TRUE : orderLapsed;
        deadlinesClosed = deadlinesClosed == null ? List.of() : List.copyOf(deadlinesClosed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(occurredOn, "occurredOn");
        form = form == null ? ObjectionForm.WRITTEN : form;
        claimantIds = claimantIds == null ? List.of() : List.copyOf(claimantIds);
    }

    /** As stored in 0.3. */
    public PaymentOrderObjected(CaseId caseId, ObjectionGround ground, Boolean orderLapsed, List<DeadlineClosure> deadlinesClosed,
                                List<CaseWarning> warnings, LocalDate occurredOn) {
        this(caseId, ground, orderLapsed, deadlinesClosed, warnings, occurredOn, null, null, null, null);
    }

    /** The fields of the earlier layout. */
    public PaymentOrderObjected(CaseId caseId, LocalDate occurredOn) {
        this(caseId, null, null, null, null, occurredOn);
    }

    /** Whether the objection ended only part of the order. */
    public boolean isPartial() {
        return !claimantIds.isEmpty() || obligorId != null;
    }

    @Override
    public List<Deadline> deadlinesSet() {
        return deemedSuitDueOn == null ? List.of() : List.of(Deadline.of(DeadlineKind.PAYMENT_ORDER_DEEMED_SUIT, caseId, deemedSuitDueOn));
    }

    @Override
    public Description describe() {
        return Description.step("PaymentOrderObjected", code(ground), flag(orderLapsed), code(form), count(claimantIds.size()),
                obligor(obligorId), day(deemedSuitDueOn), flag(obligorId != null), flag(deemedSuitDueOn != null));
    }
}
