package org.caseledger.core.negotiation;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.deadline.LimitationRestarts;
import org.caseledger.core.kernel.ClaimantAmount;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;

import java.util.List;

/** What negotiation reads of the rest of the case: its parties, the ledger's rule on agreed amounts, the 司法确认 pending. */
public interface NegotiationView extends CaseView, LimitationRestarts {

    /** An obligor of the case; refused naming {@code field} when there is none of that id. */
    Obligor obligor(ObligorId id, String field);

    /** Agreed amounts within the claims, a reduction with its reason (legal-basis §6.5 rule 3). */
    void checkAgreement(List<ClaimantAmount> agreed, String reductionReason);

    /** An application for 司法确认 awaits the court's ruling. */
    boolean isJudicialConfirmationPending();
}
