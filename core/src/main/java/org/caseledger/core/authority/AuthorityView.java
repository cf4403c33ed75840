package org.caseledger.core.authority;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;

/** What the labour administration's and the police's acts read of the rest of the case: its parties. */
public interface AuthorityView extends CaseView {

    /** An obligor of the case; refused naming {@code field} when there is none of that id. */
    Obligor obligor(ObligorId id, String field);
}
