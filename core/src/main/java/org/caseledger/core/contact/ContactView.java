package org.caseledger.core.contact;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.kernel.ClaimantId;

/** What the contact log reads of the rest of its case: its workers, and whose data was erased. */
public interface ContactView extends CaseView {

    /** A claimant of the case; refused when there is none of that id. */
    void checkClaimant(ClaimantId id);

    /** Whether the claimant's personal data was erased. */
    boolean isErased(ClaimantId claimant);
}
