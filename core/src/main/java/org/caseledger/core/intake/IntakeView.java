package org.caseledger.core.intake;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Deadline;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.ObligorId;

import java.util.List;

/** What intake reads of the rest of the case: the ledger's claimants and the arbitration year's deadline. */
public interface IntakeView extends CaseView {

    /** Claimants new to the case, with distinct ids and positive claims within the limits (the ledger's rule). */
    void checkNewClaimants(List<NewClaimant> newcomers);

    /** A claimant of the case; refused when there is none of that id. */
    void checkClaimant(ClaimantId id);

    /** The arbitration year's deadline when a claimant joins whose year ends before the case's (empty: unchanged). */
    List<Deadline> arbitrationLimitationWithNewClaimant();

    /** A new liability cap does not fall below what the obligor already paid under it. */
    void checkCapCoversPaid(ObligorId obligor, Money cap);
}
