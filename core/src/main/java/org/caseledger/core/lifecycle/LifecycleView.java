package org.caseledger.core.lifecycle;

import org.caseledger.core.deadline.CaseView;

/** What closing a case reads of the rest of it: whether the ledger allows it (legal-basis §6.5 rule 7). */
public interface LifecycleView extends CaseView {

    /** Every claimant received and was paid out his target, nothing unallocated; else refused, naming {@code field}. */
    void checkPaidInFull(String field);

    /** No money is held for the claimants (received and not paid out, or not allocated); else refused, naming {@code field}. */
    void checkNothingHeld(String field);

    /** Whether the case is a supervision matter (no wage claim) rather than a wage case. */
    boolean isSupervisionMatter();
}
