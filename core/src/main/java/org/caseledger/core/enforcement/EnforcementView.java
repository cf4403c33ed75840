package org.caseledger.core.enforcement;

import org.caseledger.core.deadline.CaseView;
import org.caseledger.core.kernel.Money;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.kernel.ObligorId;
import org.caseledger.core.kernel.WageCaseEvent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * What enforcement reads of the rest of the case: its parties, the instruments in effect and an award's set-aside, the
 * enforcement years, what an obligor can still be made to pay; and the two members of this phase.
 */
public interface EnforcementView extends CaseView {

    /** An obligor of the case; refused naming {@code field} when there is none of that id. */
    Obligor obligor(ObligorId id, String field);

    Collection<Obligor> obligors();

    boolean hasEffectiveInstrument();

    /** The instrument that took effect last. */
    String latestInstrumentNo();

    /** The performance day of an effective instrument; refused when the case has none of that number. */
    LocalDate performanceDueOf(String documentNo);

    /** The employer's application to set an award aside is pending (劳动争议解释(一) art. 25). */
    boolean isSetAsidePending();

    /** The two years to apply for enforcement (as interrupted and suspended) ran out before {@code day} (民事诉讼法 art. 250). */
    boolean enforcementLimitationRanOutBefore(LocalDate day);

    /** 执行和解: the two years restart from the agreed last day of performance (民事诉讼法解释 art. 466), if running. */
    Optional<WageCaseEvent> settlementRestart(LocalDate lastPerformanceDay, LocalDate on);

    /** What an obligor can be made to pay now: all that is outstanding, or a capped one no more than its cap less what it paid. */
    Money owedBy(ObligorId obligor);

    /** Whether the case shows how the obligor answers (not a liability to be shown, nor a cap not yet recorded). */
    boolean isLiabilityShown(ObligorId obligor);

    Enforcement enforcement();

    Freezes freezes();
}
