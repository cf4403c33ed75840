package org.caseledger.core.supervision;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.deadline.LimitationRestarts;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;

/** What the supervision letters read of the rest of the case: its parties, and the limitation a letter interrupts. */
public interface SupervisionView extends CaseView, LimitationRestarts {

    /** An obligor of the case; refused naming {@code field} when there is none of that id. */
    Obligor obligor(ObligorId id, String field);
}
