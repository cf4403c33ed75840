package org.caseledger.core.money;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.deadline.LimitationRestarts;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.negotiation.PromiseId;

import java.time.LocalDate;
import java.util.List;

/**
 * What the money of a case reads of the rest of it: its parties (who may pay, in which role), the promises a payment
 * keeps, the instrument whose performance day late interest runs from; and the members of this phase.
 */
public interface MoneyView extends CaseView, LimitationRestarts {

    /** An obligor of the case; refused naming {@code field} when there is none of that id. */
    Obligor obligor(ObligorId id, String field);

    boolean isParty(ObligorId id);

    /** The open promises a payment of this amount completes. */
    List<PromiseId> promisesKeptBy(Money payment);

    boolean hasEffectiveInstrument();

    /** The performance day of the instrument that took effect last. */
    LocalDate latestPerformanceDue();

    Ledger ledger();

    Liabilities liabilities();

    LateInterest lateInterest();
}
