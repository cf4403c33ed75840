package org.caseledger.core.deadline;

import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.CaseStage;

import java.time.LocalDate;

/**
 * What every phase of a case reads of the case it belongs to: which case, its stage, the day it was filed and its open
 * deadlines. Each phase's member is given a view of the rest of the case (this, and what that phase needs of other
 * phases) by the aggregate before each command; the view is never stored, so it is not part of a snapshot.
 */
public interface CaseView {

    CaseId caseId();

    CaseStage stage();

    LocalDate filedOn();

    OpenDeadlines deadlines();

    /** Today's date and the working-day calendar the command is decided with. */
    DecisionContext context();
}
