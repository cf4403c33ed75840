package org.caseledger.core.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.DatedCommand;
import org.caseledger.core.kernel.ObligorId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 支付令异议: the debtor objected to the payment order on occurredOn. A written objection to the debt within 15 days of
 * service ends the order for what it objects to, and the worker goes to arbitration, or sues on a mediation agreement the
 * order rested on (民事诉讼法 arts. 227-228; 劳动争议解释(一) art. 13); one that only pleads inability to pay, comes too late
 * or is made orally leaves it standing (民事诉讼法解释 arts. 431, 436). An objection to some of the workers' claims
 * ({@code claimantIds}) or by one of several debtors ({@code obligorId}) leaves the rest of the order standing (arts.
 * 432-433). {@code terminationReceivedOn}: when the court's ruling ending the procedure was received, the 7 days to decline
 * the deemed suit run from it (arts. 438-439). {@code ground} defaults to DISPUTES_DEBT, {@code form} to WRITTEN.
 */
public record RecordPaymentOrderObjection(
        @TargetAggregateIdentifier CaseId caseId,
        ObjectionGround ground,
        LocalDate occurredOn,
        ObjectionForm form,
        List<ClaimantId> claimantIds,
        ObligorId obligorId,
        LocalDate terminationReceivedOn) implements DatedCommand {

    public RecordPaymentOrderObjection {
        Objects.requireNonNull(caseId, "caseId");
        ground = ground == null ? ObjectionGround.DISPUTES_DEBT : ground;
        Objects.requireNonNull(occurredOn, "occurredOn");
        form = form == null ? ObjectionForm.WRITTEN : form;
        claimantIds = claimantIds == null ? List.of() : List.copyOf(claimantIds);
    }

    public RecordPaymentOrderObjection(CaseId caseId, ObjectionGround ground, LocalDate occurredOn) {
        this(caseId, ground, occurredOn, null, null, null, null);
    }

    public RecordPaymentOrderObjection(CaseId caseId, LocalDate occurredOn) {
        this(caseId, null, occurredOn);
    }
}
