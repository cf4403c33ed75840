package org.caseledger.core.authority;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;

/** What the labour administration's and the police's acts read of the rest of the case: its parties. */
public interface AuthorityView extends CaseView {

    /** An obligor of the case; refused naming {@code field} when there is none of that id. */
    Obligor obligor(ObligorId id, String field);

    /** The 劳动报酬 (wages and overtime pay) each claimant is still owed (刑法 art. 276-1; 法释〔2013〕3号 art. 1). */
    java.util.Map<org.caseledger.core.kernel.ClaimantId, org.caseledger.core.kernel.Money> unpaidRemuneration();

    /** The region of the union body handling the case: whose province's thresholds apply. */
    org.caseledger.core.kernel.RegionCode region();
}
